//! What a person wrote survives a re-import.
//!
//! - In every file: `sensitive: true` and `struct_name` on a parameter or field (the
//!   metadata has neither), matched by parameter name and field path.
//! - In a file with `docs: manual`: all text (title, summary, description, every parameter
//!   and field description, error messages and descriptions) comes from the file, for every
//!   parameter, field and error that is still there, even where the file left it empty.
//!   The structure comes from the metadata; what it adds brings the metadata's text.

use crate::spec::{DocsOrigin, OperationSpec, Parameter, Schema, TypeName};

/// `imported` is what the metadata says now; `existing` is the file on disk, if any.
pub fn merge(imported: OperationSpec, existing: Option<&OperationSpec>) -> OperationSpec {
    let Some(old) = existing else { return imported };
    let manual = old.docs == DocsOrigin::Manual;
    let mut new = imported;
    if manual {
        new.docs = DocsOrigin::Manual;
        new.title = old.title.clone();
        new.summary = old.summary.clone();
        new.description = old.description.clone();
    }
    for parameter in &mut new.parameters {
        if let Some(before) = old.parameters.iter().find(|p| p.name == parameter.name) {
            keep_parameter(parameter, before, manual);
        }
    }
    keep_schema(&mut new.response, &old.response, manual);
    if manual {
        for error in &mut new.errors {
            if let Some(before) = old.errors.iter().find(|e| e.code == error.code) {
                error.message = before.message.clone();
                error.description = before.description.clone();
            }
        }
    }
    new
}

fn keep_parameter(parameter: &mut Parameter, before: &Parameter, manual: bool) {
    // A parameter carries the keys of a schema; merge it as one and copy back what may change.
    let mut schema = parameter.schema();
    keep_schema(&mut schema, &before.schema(), manual);
    parameter.sensitive = schema.sensitive;
    parameter.struct_name = schema.struct_name;
    parameter.description = schema.description;
    parameter.items = schema.items;
    parameter.properties = schema.properties;
}

fn keep_schema(new: &mut Schema, old: &Schema, manual: bool) {
    new.sensitive |= old.sensitive;
    // A struct name means nothing once the value is no longer an object.
    if new.struct_name.is_none() && new.type_name == TypeName::Object {
        new.struct_name = old.struct_name.clone();
    }
    if manual {
        new.description = old.description.clone();
    }
    if let (Some(items), Some(old_items)) = (new.items.as_deref_mut(), old.items.as_deref()) {
        keep_schema(items, old_items, manual);
    }
    if let (Some(fields), Some(old_fields)) = (&mut new.properties, &old.properties) {
        for (name, field) in &mut fields.0 {
            if let Some((_, before)) = old_fields.0.iter().find(|(n, _)| n == name) {
                keep_schema(field, before, manual);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(yaml: &str) -> OperationSpec {
        serde_yaml::from_str(yaml).unwrap()
    }

    const IMPORTED: &str = r#"
name: Op
title: 标题
summary: 摘要
parameters:
  - {name: Phone, type: string, description: 手机}
  - {name: New, type: string, description: 新}
response:
  type: object
  description: 返回
  properties:
    Info: {type: object, description: 信息, properties: {Secret: {type: string, description: 秘密}}}
errors:
  - {code: A, status: 400, message: metadata message}
  - {code: B, status: 404, message: new message}
"#;

    const EXISTING: &str = r#"
name: Op
summary: English summary
parameters:
  - {name: Phone, type: string, sensitive: true, description: The phone.}
  - {name: Gone, type: string, description: Removed.}
response:
  type: object
  description: The result.
  properties:
    Info: {type: object, struct_name: InfoBlock, properties: {Secret: {type: string, sensitive: true, description: Shh.}}}
errors:
  - {code: A, status: 400, message: English message, description: Why.}
"#;

    #[test]
    fn imported_files_keep_only_sensitive_and_struct_names() {
        let merged = merge(spec(IMPORTED), Some(&spec(EXISTING)));
        assert_eq!(merged.docs, DocsOrigin::Imported);
        assert_eq!(merged.summary, "摘要");
        assert!(merged.parameters[0].sensitive);
        assert_eq!(merged.parameters[0].description.as_deref(), Some("手机"));
        let info = &merged.response.properties.as_ref().unwrap().0[0].1;
        assert_eq!(info.struct_name.as_deref(), Some("InfoBlock"));
        assert!(info.properties.as_ref().unwrap().0[0].1.sensitive);
        assert_eq!(merged.errors[0].message.as_deref(), Some("metadata message"));
    }

    #[test]
    fn manual_files_keep_their_text_and_take_the_structure() {
        let existing = spec(&format!("docs: manual\n{EXISTING}"));
        let merged = merge(spec(IMPORTED), Some(&existing));
        assert_eq!(merged.docs, DocsOrigin::Manual);
        assert_eq!(
            (merged.title.as_deref(), merged.summary.as_str()),
            (None, "English summary")
        );
        let names: Vec<&str> = merged.parameters.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Phone", "New"]);
        assert_eq!(merged.parameters[0].description.as_deref(), Some("The phone."));
        assert_eq!(merged.parameters[1].description.as_deref(), Some("新"));
        assert_eq!(merged.response.description.as_deref(), Some("The result."));
        let info = &merged.response.properties.as_ref().unwrap().0[0].1;
        assert_eq!(info.description, None, "the file left it empty");
        assert_eq!(
            info.properties.as_ref().unwrap().0[0].1.description.as_deref(),
            Some("Shh.")
        );
        assert_eq!(merged.errors[0].message.as_deref(), Some("English message"));
        assert_eq!(merged.errors[0].description.as_deref(), Some("Why."));
        assert_eq!(merged.errors[1].message.as_deref(), Some("new message"));
    }
}
