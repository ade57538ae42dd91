//! The islands of the catalogue's pages as `make dist` wrote them (see `ui::islands`).

fn main() {
    sprawdz_wsparcie::ui::log_panics();
    sprawdz_wsparcie::ui::islands::start();
}
