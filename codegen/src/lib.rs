//! The SDK generator: `spec/*.yaml` -> load -> validate -> model -> emit -> Rust source.
//!
//! `build.rs` calls [`generate`] at build time; the `codegen` binary calls it to refresh
//! the committed copy in `generated/`, and to import Alibaba Cloud's metadata.

pub mod diagnostic;
pub mod docs;
pub mod emit;
pub mod import;
pub mod load;
pub mod locate;
pub mod model;
pub mod naming;
pub mod spec;
pub mod validate;

pub use diagnostic::{Diagnostic, Diagnostics};
use std::path::{Path, PathBuf};

/// What a run produced: the source files of every product plus the index declaring them.
#[derive(Debug, Clone)]
pub struct Generated {
    /// (path relative to `$OUT_DIR` or `generated/`, formatted source): per product
    /// `<module>/mod.rs`, then one `<module>/operation/<snake>.rs` per operation.
    pub products: Vec<(String, String)>,
    /// Formatted source of `products.rs`, which declares the product modules.
    pub index: String,
    /// Every file and folder read, for `cargo:rerun-if-changed`.
    pub inputs: Vec<PathBuf>,
}

#[derive(Debug, thiserror::Error)]
pub enum GenerateError {
    /// The specs are wrong; each diagnostic names file, line and field.
    #[error("{0}")]
    Spec(#[from] Diagnostics),
    /// The generator produced tokens that are not valid Rust: a bug in emit, not in the spec.
    #[error("internal error: generated code for `{module}` does not parse: {source}")]
    Emit { module: String, source: syn::Error },
}

/// Runs the whole pipeline over every product folder under `spec_root`, reporting the
/// problems of all products together.
pub fn generate(spec_root: &Path) -> Result<Generated, GenerateError> {
    let mut problems = Vec::new();
    let mut models = Vec::new();
    let mut inputs = vec![spec_root.to_path_buf()];
    for dir in load::product_dirs(spec_root)? {
        match load::load_product(&dir) {
            Ok(loaded) => {
                inputs.extend(loaded.inputs.iter().cloned());
                match validate::validate(&loaded) {
                    Ok(()) => models.push(model::build(&loaded)),
                    Err(found) => problems.extend(found.0),
                }
            }
            Err(found) => problems.extend(found.0),
        }
    }
    if models.is_empty() && problems.is_empty() {
        problems.push(Diagnostic::new(
            spec_root,
            None,
            "no products: expected folders with a product.yaml",
        ));
    }
    if !problems.is_empty() {
        return Err(Diagnostics(problems).into());
    }
    let mut products = Vec::new();
    for product in &models {
        let files = emit::product_files(product).map_err(|source| GenerateError::Emit {
            module: product.module.clone(),
            source,
        })?;
        products.extend(files);
    }
    let index = emit::products_index(&models).map_err(|source| GenerateError::Emit {
        module: "products".into(),
        source,
    })?;
    Ok(Generated {
        products,
        index,
        inputs,
    })
}
