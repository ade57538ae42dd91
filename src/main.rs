fn main() {
    sprawdz_wsparcie::ui::log_panics();
    leptos::mount::mount_to_body(sprawdz_wsparcie::ui::app::App);
}
