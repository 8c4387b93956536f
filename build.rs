//! Generates one module per product from spec/ into $OUT_DIR; nothing else.
//! A broken spec fails the build with `path:line:col: what is wrong` for every problem.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    let spec = manifest.join("spec");
    // Re-run when the spec folder's listing changes, even if generation fails below.
    println!("cargo:rerun-if-changed={}", spec.display());
    match codegen::generate(&spec) {
        Ok(generated) => {
            for input in &generated.inputs {
                println!("cargo:rerun-if-changed={}", input.display());
            }
            for (path, source) in &generated.products {
                if let Err(message) = write(&out_dir.join(path), source) {
                    return fail(&message);
                }
            }
            match write(&out_dir.join("products.rs"), &generated.index) {
                Ok(()) => ExitCode::SUCCESS,
                Err(message) => fail(&message),
            }
        }
        Err(err) => fail(&err.to_string()),
    }
}

fn write(path: &std::path::Path, source: &str) -> Result<(), String> {
    // Unchanged output keeps its timestamp, so rustc has less to redo.
    if std::fs::read_to_string(path).is_ok_and(|old| old == source) {
        return Ok(());
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|err| format!("{}: cannot create folder for generated code: {err}", parent.display()))?;
    }
    std::fs::write(path, source).map_err(|err| format!("{}: cannot write generated code: {err}", path.display()))
}

fn fail(message: &str) -> ExitCode {
    for line in message.lines() {
        println!("cargo:warning={line}");
        eprintln!("error: {line}");
    }
    ExitCode::FAILURE
}
