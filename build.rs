//! Rebuilds the binary when the built-in pack changes: `include_dir!` embeds
//! data/ and assets/, and cargo only notices changes it is told about.

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=assets");
    println!("cargo:rerun-if-changed=build.rs");
}
