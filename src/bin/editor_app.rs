fn main() {
    sprawdz_wsparcie::ui::log_panics();
    sprawdz_wsparcie::ui::start(sprawdz_wsparcie::ui::editor::app::EditorApp);
}
