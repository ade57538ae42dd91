fn main() {
    sprawdz_wsparcie::ui::log_panics();
    sprawdz_wsparcie::ui::start(sprawdz_wsparcie::ui::check::app::CheckApp);
}
