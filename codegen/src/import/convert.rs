//! The metadata document -> typed spec values. Everything is read through [`Walker`], so
//! every key is either mapped here, listed in [`super::ignored::IGNORED`], or an error.

use super::ignored::Scope;
use super::json::Json;
use super::product::{endpoints, product_info};
use super::schema::schema;
use super::walk::{child, Obj, Walker};
use crate::spec::{
    DocsOrigin, ErrorCode, HttpMethod, Location, OperationSpec, OrderedMap, ParamStyle, Parameter, Schema, Style,
};

/// What the metadata says, before it meets the existing spec files.
#[derive(Debug, Clone, PartialEq)]
pub struct Metadata {
    pub product: String,
    pub version: String,
    pub style: Style,
    /// The most common host, and the regions whose host differs (sorted by region);
    /// None when the metadata lists no endpoint.
    pub endpoints: Option<(String, OrderedMap<String>)>,
    /// In the metadata's order.
    pub operations: Vec<OperationSpec>,
}

/// Reads the whole document; None when anything was wrong (see `w.problems`).
pub fn metadata(w: &mut Walker, root: &Json) -> Option<Metadata> {
    if !matches!(root, Json::Object(_)) {
        w.problem("(document)", format!("expected an object, found {}", root.kind()));
        return None;
    }
    let mut o = w.object(root, "")?;
    let info = o
        .required(w, "info")
        .and_then(|v| w.object(v, "info"))
        .map(|info| product_info(w, info));
    if let Some(mut components) = o.object(w, "components") {
        components.skip_ignored(w, Scope::Components);
        components.finish(w);
    }
    let endpoints = o.array(w, "endpoints").and_then(|list| endpoints(w, list));
    let mut operations = Vec::new();
    if let Some(mut apis) = o.required(w, "apis").and_then(|v| w.object(v, "apis")) {
        for (name, value) in apis.take_all() {
            operations.extend(operation(w, name, value));
        }
        apis.finish(w);
    }
    o.skip_ignored(w, Scope::Document);
    o.finish(w);
    let (product, version, style) = info?;
    if !w.problems.is_empty() {
        return None;
    }
    Some(Metadata {
        product: product?,
        version: version?,
        style: style?,
        endpoints,
        operations,
    })
}

/// An action name becomes a file name and a Rust identifier.
fn is_action_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_alphabetic()) && name.chars().all(|c| c.is_ascii_alphanumeric())
}

fn operation(w: &mut Walker, name: &str, value: &Json) -> Option<OperationSpec> {
    let path = child("apis", name);
    let mut o = w.object(value, &path)?;
    if !is_action_name(name) {
        w.problem(
            &path,
            "the action name must be ASCII letters and digits, starting with a letter (it becomes a file name)",
        );
    }
    let title = o.string(w, "title").map(str::to_string);
    let summary = o.required_string(w, "summary").map(str::to_string);
    let description = o.string(w, "description").map(str::to_string);
    let methods = o.array(w, "methods").map(|list| methods(w, list, &o.at("methods")));
    let deprecated = o.boolean(w, "deprecated").unwrap_or(false);
    let read_only = read_only(w, &mut o);
    note_security(w, &o);
    let mut parameters = Vec::new();
    if let Some(list) = o.array(w, "parameters") {
        for (index, value) in list.iter().enumerate() {
            parameters.extend(parameter(w, value, &format!("{}[{index}]", o.at("parameters"))));
        }
    }
    let response = o
        .required(w, "responses")
        .and_then(|v| w.object(v, &o.at("responses")))
        .and_then(|r| response(w, r));
    let errors = o
        .object(w, "errorCodes")
        .map(|codes| errors(w, codes))
        .unwrap_or_default();
    o.skip_ignored(w, Scope::Operation);
    o.finish(w);
    Some(OperationSpec {
        name: name.to_string(),
        docs: DocsOrigin::Imported,
        title,
        summary: summary?,
        description,
        methods: methods.unwrap_or_else(|| vec![HttpMethod::Post]),
        read_only,
        deprecated,
        parameters,
        response: response?,
        errors,
    })
}

fn methods(w: &mut Walker, list: &[Json], path: &str) -> Vec<HttpMethod> {
    let mut methods = Vec::new();
    for (index, value) in list.iter().enumerate() {
        let at = format!("{path}[{index}]");
        match w.string(value, &at) {
            Some("post") => methods.push(HttpMethod::Post),
            Some("get") => methods.push(HttpMethod::Get),
            Some(other) => w.problem(
                &at,
                format!("unsupported method {other:?} (expected \"post\" or \"get\")"),
            ),
            None => {}
        }
    }
    methods
}

/// `read_only` is true exactly when `operationType` is `read`; `systemTags.operationType`
/// (get/list/create/...) is only compared, and a disagreement becomes a note.
fn read_only(w: &mut Walker, o: &mut Obj) -> bool {
    let operation_type = o.string(w, "operationType");
    if let Some(other) = operation_type.filter(|t| !matches!(*t, "read" | "write" | "readAndWrite")) {
        w.problem(
            &o.at("operationType"),
            format!("unsupported value {other:?} (expected \"read\", \"write\" or \"readAndWrite\")"),
        );
    }
    let read_only = operation_type == Some("read");
    let tag = o.object(w, "systemTags").and_then(|mut tags| {
        let tag = tags.string(w, "operationType");
        tags.finish(w);
        tag
    });
    if let Some(tag) = tag {
        if matches!(tag, "get" | "list") != read_only {
            let stated = operation_type.map_or("absent".to_string(), |t| format!("{t:?}"));
            w.note(format!(
                "{}: operationType is {stated} but systemTags.operationType is {tag:?}; read_only: {read_only} (from operationType)",
                o.path()
            ));
        }
    }
    read_only
}

/// The spec cannot say that a call is anonymous (STS AssumeRoleWithSAML/OIDC) yet.
fn note_security(w: &mut Walker, o: &Obj) {
    let Some(Json::Array(list)) = o.peek("security") else {
        return;
    };
    let mut schemes: Vec<&str> = Vec::new();
    for item in list {
        if let Json::Object(entries) = item {
            schemes.extend(entries.iter().map(|(k, _)| k.as_str()));
        }
    }
    if schemes != ["AK"] {
        w.note(format!(
            "{}: security is {}; the spec has no field for it, so the client signs the call with AK",
            o.path(),
            if schemes.is_empty() {
                "empty".to_string()
            } else {
                schemes.join(", ")
            }
        ));
    }
}

fn parameter(w: &mut Walker, value: &Json, path: &str) -> Option<Parameter> {
    let mut o = w.object(value, path)?;
    let name = o.required_string(w, "name");
    let location = o.required_string(w, "in").and_then(|location| match location {
        "query" => Some(Location::Query),
        other => {
            w.problem(
                &o.at("in"),
                format!("unsupported value {other:?}; only \"query\" is supported"),
            );
            None
        }
    });
    let style = match o.string(w, "style") {
        None | Some("flat") => Some(ParamStyle::Flat),
        Some("repeatList") => Some(ParamStyle::RepeatList),
        Some("json") => Some(ParamStyle::Json),
        Some(other) => {
            w.problem(
                &o.at("style"),
                format!("unsupported style {other:?} (expected \"flat\", \"repeatList\" or \"json\")"),
            );
            None
        }
    };
    let schema = o
        .required(w, "schema")
        .and_then(|v| w.object(v, &o.at("schema")))
        .and_then(|s| schema(w, s));
    o.skip_ignored(w, Scope::Parameter);
    o.finish(w);
    Some(Parameter::from_schema(name?.to_string(), location?, style?, schema?))
}

/// `responses`: only `200` is understood; any other status is an unknown key.
fn response(w: &mut Walker, mut responses: Obj) -> Option<Schema> {
    let ok = responses
        .required(w, "200")
        .and_then(|v| w.object(v, &responses.at("200")));
    let schema = ok.and_then(|mut ok| {
        let found = ok
            .required(w, "schema")
            .and_then(|v| w.object(v, &ok.at("schema")))
            .and_then(|s| schema(w, s));
        ok.skip_ignored(w, Scope::Response);
        ok.finish(w);
        found
    });
    responses.finish(w);
    schema
}

/// `{ "<status>": [ {errorCode, errorMessage, description?} ] }`, statuses ascending,
/// each list in its order.
fn errors(w: &mut Walker, mut codes: Obj) -> Vec<ErrorCode> {
    let mut groups: Vec<(u16, Vec<ErrorCode>)> = Vec::new();
    for (status_text, list) in codes.take_all() {
        let path = codes.at(status_text);
        let status = status_text.parse::<u16>().ok();
        if status.is_none() {
            w.problem(&path, "an error status must be an HTTP status number");
        }
        let Some(list) = w.array(list, &path) else { continue };
        let mut group = Vec::new();
        for (index, entry) in list.iter().enumerate() {
            let Some(mut e) = w.object(entry, &format!("{path}[{index}]")) else {
                continue;
            };
            let code = e.required_string(w, "errorCode");
            let message = e.string(w, "errorMessage").map(str::to_string);
            let description = e.string(w, "description").map(str::to_string);
            e.finish(w);
            if let Some(code) = code {
                group.push(ErrorCode {
                    code: code.to_string(),
                    status,
                    message,
                    description,
                });
            }
        }
        groups.push((status.unwrap_or_default(), group));
    }
    groups.sort_by_key(|(status, _)| *status);
    groups.into_iter().flat_map(|(_, group)| group).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_are_ordered_by_status_then_list_order() {
        let json = Json::parse(
            r#"{"500": [{"errorCode": "C"}], "404": [{"errorCode": "A"}, {"errorCode": "B", "errorMessage": "m"}]}"#,
        )
        .unwrap();
        let mut w = Walker::default();
        let codes = w.object(&json, "e").unwrap();
        let found: Vec<(String, Option<u16>)> = errors(&mut w, codes).into_iter().map(|e| (e.code, e.status)).collect();
        assert_eq!(
            found,
            [
                ("A".into(), Some(404)),
                ("B".into(), Some(404)),
                ("C".into(), Some(500))
            ]
        );
    }
}
