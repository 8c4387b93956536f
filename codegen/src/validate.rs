//! Stage 2: check what serde cannot: names, duplicates, statuses, shapes.
//! Every problem in every file is collected; nothing stops at the first.

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::{LoadedOperation, LoadedProduct, SourceFile};
use crate::locate::{locate, Step};
use crate::spec::{Format, OperationSpec, ParamStyle, Schema, TypeName};
use std::collections::HashSet;

/// Collects problems for one file, each pinned to a path inside it.
struct Reporter<'a> {
    source: &'a SourceFile,
    /// Prefix naming the operation, so a message reads on its own.
    context: String,
    problems: &'a mut Vec<Diagnostic>,
}

impl Reporter<'_> {
    fn report(&mut self, path: &[Step], message: String) {
        let position = locate(&self.source.text, path);
        self.problems.push(Diagnostic::new(
            &self.source.path,
            position,
            format!("{}: {message}", self.context),
        ));
    }
}

fn key(name: &str) -> Step {
    Step::Key(name.to_string())
}

pub fn validate(product: &LoadedProduct) -> Result<(), Diagnostics> {
    let mut problems = Vec::new();
    {
        let mut reporter = Reporter {
            source: &product.product_source,
            context: format!("product `{}`", product.product.product),
            problems: &mut problems,
        };
        if !is_identifier(&product.product.product) {
            reporter.report(
                &[key("product")],
                "`product` must be a wire name (ASCII letters and digits)".into(),
            );
        }
        if !is_version(&product.product.version) {
            reporter.report(
                &[key("version")],
                format!(
                    "`version` must look like YYYY-MM-DD, found `{}`",
                    product.product.version
                ),
            );
        }
        if product.product.endpoint.is_empty() || product.product.endpoint.contains('/') {
            reporter.report(
                &[key("endpoint")],
                "`endpoint` must be a host name such as `resourcemanager.aliyuncs.com`, without scheme or path".into(),
            );
        }
    }
    for operation in &product.operations {
        validate_operation(operation, &mut problems);
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Diagnostics(problems))
    }
}

fn validate_operation(operation: &LoadedOperation, problems: &mut Vec<Diagnostic>) {
    let spec: &OperationSpec = &operation.spec;
    let mut reporter = Reporter {
        source: &operation.source,
        context: format!("operation `{}`", spec.name),
        problems,
    };

    if !is_identifier(&spec.name) {
        reporter.report(
            &[key("name")],
            format!(
                "`name` must be an action name (ASCII letters and digits, starting with a letter), found `{}`",
                spec.name
            ),
        );
    }
    let stem = operation
        .source
        .path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    if stem != spec.name {
        reporter.report(
            &[key("name")],
            format!(
                "`name` is `{}` but the file is `{stem}.yaml`; they must match",
                spec.name
            ),
        );
    }
    if spec.summary.trim().is_empty() {
        reporter.report(&[key("summary")], "`summary` must not be empty".into());
    }
    if spec.methods.is_empty() {
        reporter.report(&[key("methods")], "`methods` must list at least one HTTP method".into());
    }

    let mut seen = HashSet::new();
    for (index, parameter) in spec.parameters.iter().enumerate() {
        let path = [key("parameters"), Step::Index(index)];
        if !is_wire_name(&parameter.name) {
            reporter.report(
                &[key("parameters"), Step::Index(index), key("name")],
                format!(
                    "parameter name `{}` is not a wire name (ASCII letters, digits and `_`, starting with a letter)",
                    parameter.name
                ),
            );
        }
        if !seen.insert(parameter.name.as_str()) {
            reporter.report(
                &[key("parameters"), Step::Index(index), key("name")],
                format!("duplicate parameter `{}`", parameter.name),
            );
        }
        if parameter.style == ParamStyle::Json
            && matches!(
                parameter.type_name,
                TypeName::String | TypeName::Integer | TypeName::Number | TypeName::Boolean
            )
        {
            reporter.report(
                &[key("parameters"), Step::Index(index), key("style")],
                format!("parameter `{}`: style `json` needs an array or object", parameter.name),
            );
        }
        check_schema(
            &mut reporter,
            &path,
            &format!("parameter `{}`", parameter.name),
            &parameter.schema(),
        );
    }

    check_schema(&mut reporter, &[key("response")], "response", &spec.response);
    if spec.response.type_name != TypeName::Object {
        reporter.report(
            &[key("response"), key("type")],
            "the response must be of type `object`".into(),
        );
    }

    let mut codes = HashSet::new();
    for (index, error) in spec.errors.iter().enumerate() {
        let path = |field: &str| [key("errors"), Step::Index(index), key(field)];
        if error.code.trim().is_empty() {
            reporter.report(&path("code"), "error code must not be empty".into());
        }
        if !codes.insert(error.code.as_str()) {
            reporter.report(&path("code"), format!("duplicate error code `{}`", error.code));
        }
        match error.status {
            None => reporter.report(
                &[key("errors"), Step::Index(index)],
                format!("error code `{}` has no `status` (an HTTP status 400-599)", error.code),
            ),
            Some(status) if !(400..=599).contains(&status) => reporter.report(
                &path("status"),
                format!(
                    "error code `{}` has status {status}; expected an HTTP error status 400-599",
                    error.code
                ),
            ),
            Some(_) => {}
        }
    }
}

/// Checks one schema and, recursively, its items and properties.
fn check_schema(reporter: &mut Reporter, path: &[Step], what: &str, schema: &Schema) {
    let at = |field: &str| {
        let mut p = path.to_vec();
        p.push(key(field));
        p
    };
    match schema.type_name {
        TypeName::Array if schema.items.is_none() => {
            reporter.report(path, format!("{what}: type `array` needs `items`"));
        }
        TypeName::Array => {}
        _ if schema.items.is_some() => {
            reporter.report(&at("items"), format!("{what}: `items` is only allowed on type `array`"))
        }
        _ => {}
    }
    if schema.properties.is_some() && schema.type_name != TypeName::Object {
        reporter.report(
            &at("properties"),
            format!("{what}: `properties` is only allowed on type `object`"),
        );
    }
    if let Some(format) = schema.format {
        let fits = match format {
            Format::Int32 | Format::Int64 => schema.type_name == TypeName::Integer,
            Format::Float | Format::Double => schema.type_name == TypeName::Number,
        };
        if !fits {
            reporter.report(
                &at("format"),
                format!("{what}: format `{format:?}` does not fit type `{:?}`", schema.type_name).to_lowercase(),
            );
        }
    }
    if let Some(values) = &schema.enum_values {
        if values.is_empty() {
            reporter.report(&at("enum"), format!("{what}: `enum` must list at least one value"));
        }
        if schema.type_name != TypeName::String {
            reporter.report(
                &at("enum"),
                format!("{what}: `enum` is only supported on type `string`"),
            );
        }
    }
    if let Some(name) = &schema.struct_name {
        if !is_identifier(name) {
            reporter.report(
                &at("struct_name"),
                format!("{what}: `struct_name` `{name}` must be ASCII letters and digits, starting with a letter"),
            );
        }
    }
    if let Some(items) = &schema.items {
        check_schema(reporter, &at("items"), &format!("{what} items"), items);
    }
    if let Some(properties) = &schema.properties {
        let mut props_path = at("properties");
        for (name, property) in properties.iter() {
            props_path.push(key(name));
            if !is_wire_name(name) {
                reporter.report(
                    &props_path,
                    format!("{what}: field name `{name}` is not a wire name (ASCII letters, digits and `_`)"),
                );
            }
            check_schema(reporter, &props_path, &format!("{what} field `{name}`"), property);
            props_path.pop();
        }
    }
}

fn is_identifier(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_alphabetic()) && name.chars().all(|c| c.is_ascii_alphanumeric())
}

fn is_wire_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_alphabetic()) && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn is_version(version: &str) -> bool {
    let parts: Vec<&str> = version.split('-').collect();
    parts.len() == 3
        && [4, 2, 2]
            .iter()
            .zip(&parts)
            .all(|(len, part)| part.len() == *len && part.chars().all(|c| c.is_ascii_digit()))
}
