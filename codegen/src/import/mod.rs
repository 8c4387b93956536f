//! `codegen import`: Alibaba Cloud's API metadata (the api-docs JSON) -> `spec/<module>/`.
//!
//! The metadata is walked key by key (`walk`), mapped to the typed spec (`convert`,
//! `schema`), merged with what people wrote in the existing files (`merge`), serialised
//! with serde_yaml (keys in struct order, so output is stable) and written only where the
//! bytes differ. Nothing is written unless the whole import succeeds.

mod convert;
mod ignored;
mod json;
mod merge;
mod product;
mod schema;
mod walk;

pub use ignored::{Expect, Ignored, Scope, IGNORED};
pub use walk::Problem;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::{self, OPERATIONS_DIR, PRODUCT_FILE};
use crate::spec::{OperationSpec, ProductSpec};
use convert::Metadata;
use serde::de::DeserializeOwned;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("`{0}` is not a product module name: lowercase ASCII letters and digits, starting with a letter")]
    Module(String),
    #[error("{}: not valid JSON: {source}", path.display())]
    Json { path: PathBuf, source: serde_json::Error },
    /// Every problem in the metadata, each naming the operation and the JSON path.
    #[error("{}: cannot import:\n{}", path.display(), lines(problems))]
    Metadata { path: PathBuf, problems: Vec<Problem> },
    /// An existing spec file does not parse; importing over it would lose what it says.
    #[error("existing spec files must parse before an import can keep what they say:\n{0}")]
    Existing(Diagnostics),
    #[error("{}: cannot {action}: {source}", path.display())]
    Io {
        path: PathBuf,
        action: &'static str,
        source: std::io::Error,
    },
    #[error("internal error: cannot write {} as YAML: {source}", path.display())]
    Yaml { path: PathBuf, source: serde_yaml::Error },
}

fn lines(problems: &[Problem]) -> String {
    problems.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n")
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// `ResourceManager 2020-03-31`.
    pub api: String,
    pub product_dir: PathBuf,
    pub written: Vec<PathBuf>,
    pub unchanged: usize,
    pub removed: Vec<PathBuf>,
    /// Things worth a look that do not stop the import (read_only cross-checks, ...).
    pub notes: Vec<String>,
    pub elapsed: Duration,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "imported {} into {}: {} written, {} unchanged, {} removed in {:.0?}",
            self.api,
            self.product_dir.display(),
            self.written.len(),
            self.unchanged,
            self.removed.len(),
            self.elapsed
        )
    }
}

/// Imports `metadata` into `spec_root/<module>/`: writes product.yaml and one file per
/// operation, removes the files of operations the metadata no longer has.
pub fn import(metadata: &Path, module: &str, spec_root: &Path) -> Result<Summary, ImportError> {
    let started = Instant::now();
    if !is_module_name(module) {
        return Err(ImportError::Module(module.to_string()));
    }
    let text = std::fs::read_to_string(metadata).map_err(|source| ImportError::Io {
        path: metadata.to_path_buf(),
        action: "read",
        source,
    })?;
    let json = json::Json::parse(&text).map_err(|source| ImportError::Json {
        path: metadata.to_path_buf(),
        source,
    })?;
    let mut walker = walk::Walker::default();
    let converted = convert::metadata(&mut walker, &json);
    let converted = match converted {
        Some(found) if walker.problems.is_empty() => found,
        _ => {
            return Err(ImportError::Metadata {
                path: metadata.to_path_buf(),
                problems: walker.problems,
            })
        }
    };
    let product_dir = spec_root.join(module);
    let plan = plan(&converted, &product_dir).map_err(|err| match err {
        PlanError::NoEndpoint(problem) => ImportError::Metadata {
            path: metadata.to_path_buf(),
            problems: vec![problem],
        },
        PlanError::Other(err) => err,
    })?;
    let (written, unchanged, removed) = apply(plan)?;
    Ok(Summary {
        api: format!("{} {}", converted.product, converted.version),
        product_dir,
        written,
        unchanged,
        removed,
        notes: walker.notes,
        elapsed: started.elapsed(),
    })
}

fn is_module_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
}

/// The files the import should leave behind, and the ones it should remove.
struct Plan {
    files: Vec<(PathBuf, String)>,
    stale: Vec<PathBuf>,
}

enum PlanError {
    NoEndpoint(Problem),
    Other(ImportError),
}

impl From<ImportError> for PlanError {
    fn from(err: ImportError) -> Self {
        PlanError::Other(err)
    }
}

fn plan(metadata: &Metadata, dir: &Path) -> Result<Plan, PlanError> {
    let mut unreadable = Vec::new();
    let product_path = dir.join(PRODUCT_FILE);
    let existing = read_existing::<ProductSpec>(&product_path, &mut unreadable);
    let product = product_spec(metadata, existing.as_ref())?;
    let mut files = vec![(product_path.clone(), to_yaml(&product, &product_path)?)];

    let operations_dir = dir.join(OPERATIONS_DIR);
    for operation in &metadata.operations {
        let path = operations_dir.join(format!("{}.yaml", operation.name));
        let existing = read_existing::<OperationSpec>(&path, &mut unreadable);
        let merged = merge::merge(operation.clone(), existing.as_ref());
        let text = to_yaml(&merged, &path)?;
        files.push((path, text));
    }
    if !unreadable.is_empty() {
        return Err(ImportError::Existing(Diagnostics(unreadable)).into());
    }
    let mut stale = Vec::new();
    if operations_dir.is_dir() {
        let entries = std::fs::read_dir(&operations_dir).map_err(|source| ImportError::Io {
            path: operations_dir.clone(),
            action: "list",
            source,
        })?;
        for path in entries.filter_map(Result::ok).map(|entry| entry.path()) {
            let is_yaml = path.extension().is_some_and(|ext| ext == "yaml");
            if is_yaml && !files.iter().any(|(kept, _)| *kept == path) {
                stale.push(path);
            }
        }
    }
    stale.sort();
    Ok(Plan { files, stale })
}

/// product.yaml: the API's name, version, style and endpoints from the metadata; what the
/// metadata does not know (signing, VPC endpoint, description) from the existing file.
fn product_spec(metadata: &Metadata, existing: Option<&ProductSpec>) -> Result<ProductSpec, PlanError> {
    let (endpoint, regional_endpoints) = match (&metadata.endpoints, existing) {
        (Some((endpoint, regional)), _) => (endpoint.clone(), regional.clone()),
        (None, Some(existing)) => (existing.endpoint.clone(), existing.regional_endpoints.clone()),
        (None, None) => {
            let message = "no endpoint listed, and no existing product.yaml to keep one from";
            return Err(PlanError::NoEndpoint(Problem {
                path: "endpoints".into(),
                message: message.into(),
            }));
        }
    };
    Ok(ProductSpec {
        product: metadata.product.clone(),
        version: metadata.version.clone(),
        style: metadata.style,
        signing: existing.map(|e| e.signing).unwrap_or_default(),
        endpoint,
        vpc_endpoint: existing.and_then(|e| e.vpc_endpoint.clone()),
        regional_endpoints,
        description: existing.and_then(|e| e.description.clone()),
    })
}

/// The existing file, parsed; a file that does not parse is recorded, not overwritten.
fn read_existing<T: DeserializeOwned>(path: &Path, unreadable: &mut Vec<Diagnostic>) -> Option<T> {
    if !path.exists() {
        return None;
    }
    match load::read_source(path).and_then(|source| load::parse::<T>(&source)) {
        Ok(spec) => Some(spec),
        Err(diagnostic) => {
            unreadable.push(diagnostic);
            None
        }
    }
}

fn to_yaml<T: serde::Serialize>(value: &T, path: &Path) -> Result<String, ImportError> {
    serde_yaml::to_string(value).map_err(|source| ImportError::Yaml {
        path: path.to_path_buf(),
        source,
    })
}

/// Writes the files whose bytes differ (leaving the others untouched, timestamps included)
/// and removes the stale ones.
fn apply(plan: Plan) -> Result<(Vec<PathBuf>, usize, Vec<PathBuf>), ImportError> {
    let mut written = Vec::new();
    let mut unchanged = 0;
    for (path, text) in plan.files {
        if std::fs::read(&path).is_ok_and(|bytes| bytes == text.as_bytes()) {
            unchanged += 1;
            continue;
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|source| ImportError::Io {
                path: parent.to_path_buf(),
                action: "create",
                source,
            })?;
        }
        std::fs::write(&path, text).map_err(|source| ImportError::Io {
            path: path.clone(),
            action: "write",
            source,
        })?;
        written.push(path);
    }
    for path in &plan.stale {
        std::fs::remove_file(path).map_err(|source| ImportError::Io {
            path: path.clone(),
            action: "remove",
            source,
        })?;
    }
    Ok((written, unchanged, plan.stale))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn module_names_are_lowercase_identifiers() {
        assert!(is_module_name("resourcemanager"));
        assert!(is_module_name("sts2"));
        assert!(!is_module_name("ResourceManager"));
        assert!(!is_module_name("../x"));
        assert!(!is_module_name(""));
    }

    #[test]
    fn product_yaml_keeps_what_the_metadata_does_not_know() {
        let metadata = Metadata {
            product: "P".into(),
            version: "2020-01-01".into(),
            style: crate::spec::Style::Rpc,
            endpoints: Some(("p.aliyuncs.com".into(), Default::default())),
            operations: Vec::new(),
        };
        let existing: ProductSpec = serde_yaml::from_str(
            "product: Old\nversion: '2019-01-01'\nsigning: v1\nendpoint: old.com\nvpc_endpoint: vpc.com\ndescription: Text.\n",
        )
        .unwrap();
        let Ok(product) = product_spec(&metadata, Some(&existing)) else {
            panic!("no product")
        };
        assert_eq!(
            (product.product.as_str(), product.endpoint.as_str()),
            ("P", "p.aliyuncs.com")
        );
        assert_eq!(product.signing, crate::spec::Signing::V1);
        assert_eq!(product.vpc_endpoint.as_deref(), Some("vpc.com"));
        assert_eq!(product.description.as_deref(), Some("Text."));
    }
}
