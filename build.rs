//! Rebuilds the binary when the built-in pack changes (`include_dir!` embeds
//! data/ and assets/, and cargo only notices changes it is told about), and
//! on Windows puts the app icon into the .exe.

fn main() {
    windows_icon();
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=assets");
    println!("cargo:rerun-if-changed=build.rs");
}

/// Puts the app icon into the .exe when building on Windows.
#[cfg(windows)]
fn windows_icon() {
    println!("cargo:rerun-if-changed=assets/icons/stepwise.ico");
    let mut resource = winresource::WindowsResource::new();
    resource.set_icon("assets/icons/stepwise.ico");
    if let Err(e) = resource.compile() {
        println!("cargo:warning=the .exe gets no icon: {e}");
    }
}

#[cfg(not(windows))]
fn windows_icon() {}
