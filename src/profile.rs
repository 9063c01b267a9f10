//! Live profiling with puffin, built only with the `profile` feature
//! (`cargo run --release --features profile`), the way egui profiles itself:
//! the `profiling` scopes in egui, eframe and Stepwise become puffin scopes,
//! eframe closes a puffin frame after every painted frame, and this serves
//! them to `puffin_viewer` (`cargo install puffin_viewer`).

/// Where captures are served: this machine only.
pub const ADDRESS: &str = "127.0.0.1:8585";

/// Turns puffin's scopes on and starts serving them on [`ADDRESS`]. A
/// second Stepwise (or anything else on the port) only costs the server:
/// the window still opens.
pub fn serve() {
    puffin::set_scopes_on(true);
    match puffin_http::Server::new(ADDRESS) {
        Ok(server) => {
            eprintln!("stepwise: profiling; view it with: puffin_viewer --url {ADDRESS}");
            // The server runs until the process ends.
            std::mem::forget(server);
        }
        Err(e) => eprintln!("stepwise: the profiler could not listen on {ADDRESS}: {e}"),
    }
}
