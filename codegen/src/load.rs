//! Stage 1: read a product's spec folder into typed specs, keeping each file's text
//! so that later stages can point at lines.

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::spec::{OperationSpec, ProductSpec};
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};

/// A spec file as read from disk.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: String,
}

#[derive(Debug, Clone)]
pub struct LoadedOperation {
    pub spec: OperationSpec,
    pub source: SourceFile,
}

/// One product: `spec/<module>/product.yaml` and `spec/<module>/operations/*.yaml`.
#[derive(Debug, Clone)]
pub struct LoadedProduct {
    /// The folder name, which is also the Rust module and the cargo feature.
    pub module: String,
    pub product: ProductSpec,
    pub product_source: SourceFile,
    pub operations: Vec<LoadedOperation>,
    /// Every file and folder read, for `cargo:rerun-if-changed`.
    pub inputs: Vec<PathBuf>,
}

pub const PRODUCT_FILE: &str = "product.yaml";
pub const OPERATIONS_DIR: &str = "operations";

/// Lists the product folders under `spec_root` (those holding a `product.yaml`), sorted.
pub fn product_dirs(spec_root: &Path) -> Result<Vec<PathBuf>, Diagnostics> {
    let entries = std::fs::read_dir(spec_root).map_err(|err| {
        Diagnostics(vec![Diagnostic::new(
            spec_root,
            None,
            format!("cannot read the spec folder: {err}"),
        )])
    })?;
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_dir())
        .collect();
    dirs.sort();
    Ok(dirs)
}

/// Loads one product folder, reporting every file that fails to parse, not just the first.
pub fn load_product(dir: &Path) -> Result<LoadedProduct, Diagnostics> {
    let mut problems = Vec::new();
    let module = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
    if !is_module_name(&module) {
        problems.push(Diagnostic::new(
            dir,
            None,
            format!("product folder name `{module}` must be lowercase ASCII letters and digits, starting with a letter (it becomes the Rust module and cargo feature)"),
        ));
    }
    let product_path = dir.join(PRODUCT_FILE);
    let mut inputs = vec![product_path.clone()];
    let product = match read_source(&product_path) {
        Ok(source) => match parse::<ProductSpec>(&source) {
            Ok(spec) => Some((spec, source)),
            Err(diagnostic) => {
                problems.push(diagnostic);
                None
            }
        },
        Err(diagnostic) => {
            problems.push(diagnostic);
            None
        }
    };

    let operations_dir = dir.join(OPERATIONS_DIR);
    inputs.push(operations_dir.clone());
    let mut operations = Vec::new();
    match operation_files(&operations_dir) {
        Ok(files) if files.is_empty() => problems.push(Diagnostic::new(
            &operations_dir,
            None,
            "no operations: expected at least one `<Action>.yaml` file in this folder",
        )),
        Ok(files) => {
            for path in files {
                inputs.push(path.clone());
                match read_source(&path).and_then(|source| Ok((parse::<OperationSpec>(&source)?, source))) {
                    Ok((spec, source)) => operations.push(LoadedOperation { spec, source }),
                    Err(diagnostic) => problems.push(diagnostic),
                }
            }
        }
        Err(diagnostic) => problems.push(diagnostic),
    }

    match product {
        Some((product, product_source)) if problems.is_empty() => Ok(LoadedProduct {
            module,
            product,
            product_source,
            operations,
            inputs,
        }),
        _ => Err(Diagnostics(problems)),
    }
}

fn is_module_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
}

fn operation_files(dir: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    let entries = std::fs::read_dir(dir)
        .map_err(|err| Diagnostic::new(dir, None, format!("cannot read the operations folder: {err}")))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "yaml"))
        .collect();
    files.sort();
    Ok(files)
}

/// Reads a file as UTF-8, pointing at the first invalid byte when it is not.
pub fn read_source(path: &Path) -> Result<SourceFile, Diagnostic> {
    let bytes = std::fs::read(path).map_err(|err| Diagnostic::new(path, None, format!("cannot read file: {err}")))?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(SourceFile {
            path: path.to_path_buf(),
            text,
        }),
        Err(err) => {
            let valid = &err.as_bytes()[..err.utf8_error().valid_up_to()];
            let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
            let column = valid.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
            Err(Diagnostic::new(
                path,
                Some((line, column)),
                "the file is not valid UTF-8 (specs must be UTF-8 text)",
            ))
        }
    }
}

/// Parses YAML into a typed spec; serde_yaml's position becomes the diagnostic's.
pub fn parse<T: DeserializeOwned>(source: &SourceFile) -> Result<T, Diagnostic> {
    if source.text.contains('\t') {
        // YAML forbids tabs for indentation; libyaml's message for them is cryptic.
        if let Some((index, line)) = source
            .text
            .lines()
            .enumerate()
            .find(|(_, l)| l.trim_start_matches(' ').starts_with('\t'))
        {
            let column = line.len() - line.trim_start_matches(' ').len() + 1;
            return Err(Diagnostic::new(
                &source.path,
                Some((index + 1, column)),
                "tab character used for indentation; YAML allows only spaces",
            ));
        }
    }
    serde_yaml::from_str(&source.text).map_err(|err| {
        let position = err.location().map(|l| (l.line(), l.column()));
        Diagnostic::new(&source.path, position, suggest(&strip_position(&err.to_string())))
    })
}

/// Adds "did you mean" to serde's unknown-field and unknown-variant messages when one
/// of the expected names is a near miss (edit distance at most 2).
fn suggest(message: &str) -> String {
    let Some((head, expected)) = message.split_once(", expected one of ") else {
        return message.to_string();
    };
    let Some(found) = head.split('`').nth(1) else {
        return message.to_string();
    };
    let best = expected
        .split(", ")
        .map(|name| name.trim_matches('`'))
        .map(|name| (edit_distance(found, name), name))
        .filter(|(distance, _)| *distance <= 2)
        .min();
    match best {
        Some((_, name)) => format!("{head}; did you mean `{name}`? (expected one of {expected})"),
        None => message.to_string(),
    }
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitute.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

/// serde_yaml appends " at line N column M" to its messages; the diagnostic carries that already.
fn strip_position(message: &str) -> String {
    match message.find(" at line ") {
        Some(index) => {
            let (head, tail) = message.split_at(index);
            // Keep anything after the position (serde_yaml sometimes adds context there).
            let rest = tail
                .trim_start_matches(" at line ")
                .trim_start_matches(|c: char| c.is_ascii_digit());
            let rest = rest
                .trim_start_matches(" column ")
                .trim_start_matches(|c: char| c.is_ascii_digit());
            format!("{head}{rest}")
        }
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(text: &str) -> SourceFile {
        SourceFile {
            path: PathBuf::from("op.yaml"),
            text: text.to_string(),
        }
    }

    #[test]
    fn unknown_key_is_reported_with_position() {
        let err = parse::<ProductSpec>(&source("product: P\nversion: '1'\nendpoint: e\nendpont: x\n")).unwrap_err();
        assert_eq!(err.position, Some((4, 1)));
        assert!(err.message.starts_with("unknown field `endpont`"), "{}", err.message);
        assert!(!err.message.contains("at line"), "{}", err.message);
    }

    #[test]
    fn near_misses_get_a_suggestion() {
        let message = suggest("unknown field `endpont`, expected one of `product`, `endpoint`");
        assert_eq!(
            message,
            "unknown field `endpont`; did you mean `endpoint`? (expected one of `product`, `endpoint`)"
        );
        assert_eq!(edit_distance("strng", "string"), 1);
        let unrelated = "unknown field `zzz`, expected one of `product`";
        assert_eq!(suggest(unrelated), unrelated);
    }

    #[test]
    fn tab_indentation_is_reported() {
        let err = parse::<ProductSpec>(&source("product: P\n\tversion: '1'\n")).unwrap_err();
        assert_eq!(err.position, Some((2, 1)));
        assert!(err.message.contains("tab"));
    }

    #[test]
    fn invalid_utf8_points_at_the_byte() {
        let dir = std::env::temp_dir().join(format!("codegen-utf8-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("bad.yaml");
        std::fs::write(&path, b"name: a\nsummary: \xff\n").unwrap();
        let err = read_source(&path).unwrap_err();
        assert_eq!(err.position, Some((2, 10)));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
