//! Every broken spec in `tests/broken_specs/` must produce exactly the messages in its
//! `.expected` file: file, line, column, operation, field and what is wrong.
//!
//! A case is an operation file `<Case>.yaml` (copied into a product with a valid
//! product.yaml), or a folder `<case>/` holding a whole product folder.

use std::path::{Path, PathBuf};

const PRODUCT_YAML: &str = "product: Test\nversion: \"2020-03-31\"\nendpoint: test.aliyuncs.com\n";

fn cases_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("broken_specs")
}

/// Lays the case out as `<tmp>/spec/test/...` and returns the spec root.
fn lay_out(case: &Path, scratch: &Path) -> PathBuf {
    let spec = scratch.join("spec");
    let product = spec.join("test");
    let _ = std::fs::remove_dir_all(scratch);
    if case.is_dir() {
        copy_dir(case, &product);
    } else {
        std::fs::create_dir_all(product.join("operations")).unwrap();
        std::fs::write(product.join("product.yaml"), PRODUCT_YAML).unwrap();
        let name = case.file_name().unwrap();
        std::fs::copy(case, product.join("operations").join(name)).unwrap();
    }
    spec
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap();
        if name == "expected" {
            continue;
        }
        if path.is_dir() {
            copy_dir(&path, &to.join(name));
        } else {
            std::fs::copy(&path, to.join(name)).unwrap();
        }
    }
}

/// (case path, expected-file path) for every case.
fn cases() -> Vec<(PathBuf, PathBuf)> {
    let mut cases: Vec<(PathBuf, PathBuf)> = std::fs::read_dir(cases_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter_map(|path| {
            if path.is_dir() {
                Some((path.clone(), path.join("expected")))
            } else if path.extension().is_some_and(|e| e == "yaml") {
                Some((path.clone(), path.with_extension("expected")))
            } else {
                None
            }
        })
        .collect();
    cases.sort();
    cases
}

/// Runs one case in its own scratch folder (`run` keeps parallel tests apart).
fn run_case(case: &Path, run: &str) -> String {
    let scratch = std::env::temp_dir().join(format!(
        "codegen-broken-{}-{run}-{}",
        std::process::id(),
        case.file_stem().unwrap().to_string_lossy()
    ));
    let spec = lay_out(case, &scratch);
    let result = std::panic::catch_unwind(|| codegen::generate(&spec));
    let _cleanup = Cleanup(scratch.clone());
    match result {
        Ok(Ok(_)) => "generated without error".to_string(),
        Ok(Err(err)) => err
            .to_string()
            .replace(&format!("{}/", spec.display()), "spec/")
            .trim_end()
            .to_string(),
        Err(_) => "PANIC".to_string(),
    }
}

struct Cleanup(PathBuf);

impl Drop for Cleanup {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn every_broken_spec_gives_its_exact_messages() {
    let cases = cases();
    assert!(
        cases.len() >= 5,
        "expected the broken-spec corpus, found {} cases",
        cases.len()
    );
    let mut failures = Vec::new();
    for (case, expected_path) in &cases {
        let actual = run_case(case, "messages");
        if std::env::var_os("BLESS").is_some() {
            std::fs::write(expected_path, format!("{actual}\n")).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(expected_path).unwrap_or_default();
        if expected.trim_end() != actual {
            failures.push(format!(
                "{}:\n  expected: {}\n  actual:   {}",
                case.display(),
                expected.trim_end(),
                actual
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ (BLESS=1 rewrites the .expected files):\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn no_broken_spec_panics_and_each_names_a_file() {
    for (case, _) in cases() {
        let actual = run_case(&case, "panics");
        assert_ne!(actual, "PANIC", "{} made the generator panic", case.display());
        assert_ne!(actual, "generated without error", "{} was accepted", case.display());
        for line in actual.lines() {
            assert!(
                line.starts_with("spec/test/"),
                "{}: message does not start with the file: {line}",
                case.display()
            );
        }
    }
}
