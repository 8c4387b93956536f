//! `codegen generate [--spec DIR] [--out DIR]`: refreshes the committed copy in `generated/`.
//! `codegen import <api-docs.json> --product <module> [--spec DIR]`: imports Alibaba Cloud's
//! API metadata into `spec/<module>/`.

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: codegen generate [--spec DIR] [--out DIR]\n       codegen import <api-docs.json> --product <module> [--spec DIR]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root: the parent of this package's folder.
fn workspace_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(PathBuf::from).unwrap_or(manifest)
}

fn option(args: &[String], name: &str) -> Result<Option<PathBuf>, String> {
    match args.iter().position(|a| a == name) {
        Some(index) => args
            .get(index + 1)
            .map(|v| Some(PathBuf::from(v)))
            .ok_or(format!("{name} needs a value\n{USAGE}")),
        None => Ok(None),
    }
}

fn run(args: &[String]) -> Result<String, String> {
    match args.first().map(String::as_str) {
        Some("generate") => {
            let root = workspace_root();
            let spec = option(args, "--spec")?.unwrap_or_else(|| root.join("spec"));
            let out = option(args, "--out")?.unwrap_or_else(|| root.join("generated"));
            let started = std::time::Instant::now();
            let generated = codegen::generate(&spec).map_err(|err| err.to_string())?;
            let mut written = 0;
            let mut unchanged = 0;
            let mut largest = (0, String::new());
            for (relative, source) in &generated.products {
                let path = out.join(relative);
                if std::fs::read_to_string(&path).is_ok_and(|old| old == *source) {
                    unchanged += 1;
                } else {
                    if let Some(parent) = path.parent() {
                        std::fs::create_dir_all(parent)
                            .map_err(|err| format!("{}: cannot create: {err}", parent.display()))?;
                    }
                    std::fs::write(&path, source).map_err(|err| format!("{}: cannot write: {err}", path.display()))?;
                    written += 1;
                }
                let lines = source.lines().count();
                if lines > largest.0 {
                    largest = (lines, relative.clone());
                }
            }
            let removed = remove_stale(&out, &generated.products)?;
            Ok(format!(
                "generated in {:.0?} into {}: {} files ({written} written, {unchanged} unchanged, {} removed); largest {} ({} lines)",
                started.elapsed(),
                out.display(),
                generated.products.len(),
                removed.len(),
                largest.1,
                largest.0
            ))
        }
        Some("import") => import(&args[1..]),
        _ => Err(USAGE.to_string()),
    }
}

/// Deletes what earlier layouts or runs left for the products just generated: the old
/// single-file `<module>.rs`, and `<module>/operation/*.rs` no longer produced.
fn remove_stale(out: &std::path::Path, files: &[(String, String)]) -> Result<Vec<PathBuf>, String> {
    let produced: std::collections::BTreeSet<PathBuf> = files.iter().map(|(relative, _)| out.join(relative)).collect();
    let modules: std::collections::BTreeSet<&str> = files
        .iter()
        .filter_map(|(relative, _)| relative.split('/').next())
        .collect();
    let mut stale = Vec::new();
    for module in modules {
        stale.push(out.join(format!("{module}.rs")));
        let operations = out.join(module).join("operation");
        if let Ok(entries) = std::fs::read_dir(&operations) {
            for entry in entries.flatten() {
                let path = entry.path();
                if path.extension().is_some_and(|ext| ext == "rs") && !produced.contains(&path) {
                    stale.push(path);
                }
            }
        }
    }
    let mut removed = Vec::new();
    for path in stale {
        if path.is_file() {
            std::fs::remove_file(&path).map_err(|err| format!("{}: cannot remove: {err}", path.display()))?;
            removed.push(path);
        }
    }
    Ok(removed)
}

/// `import <api-docs.json> --product <module> [--spec DIR]`; notes go to stderr.
fn import(args: &[String]) -> Result<String, String> {
    let mut metadata = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--product" | "--spec" => {
                rest.next();
            }
            other if other.starts_with("--") => return Err(format!("unknown option {other}\n{USAGE}")),
            other if metadata.is_none() => metadata = Some(PathBuf::from(other)),
            other => return Err(format!("unexpected argument {other}\n{USAGE}")),
        }
    }
    let metadata = metadata.ok_or(format!("import needs the api-docs JSON file\n{USAGE}"))?;
    let module = option(args, "--product")?.ok_or(format!("import needs --product <module>\n{USAGE}"))?;
    let spec = option(args, "--spec")?.unwrap_or_else(|| workspace_root().join("spec"));
    let summary =
        codegen::import::import(&metadata, &module.to_string_lossy(), &spec).map_err(|err| err.to_string())?;
    for note in &summary.notes {
        eprintln!("note: {note}");
    }
    Ok(summary.to_string())
}
