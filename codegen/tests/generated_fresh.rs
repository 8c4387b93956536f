//! The committed `generated/` must be exactly what the generator produces from `spec/` now.

use std::path::PathBuf;

#[test]
fn committed_generated_code_is_fresh() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let generated =
        codegen::generate(&root.join("spec")).unwrap_or_else(|err| panic!("the specs do not generate:\n{err}"));
    let mut stale = Vec::new();
    for (module, source) in &generated.products {
        let path = root.join("generated").join(format!("{module}.rs"));
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed != *source {
            let line = committed
                .lines()
                .zip(source.lines())
                .position(|(a, b)| a != b)
                .map_or_else(
                    || committed.lines().count().min(source.lines().count()) + 1,
                    |index| index + 1,
                );
            stale.push(format!(
                "generated/{module}.rs differs from the spec from line {line} on"
            ));
        }
    }
    assert!(
        stale.is_empty(),
        "{}\nrun `cargo run -p codegen -- generate` and commit the result",
        stale.join("\n")
    );
}
