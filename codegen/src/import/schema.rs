//! A metadata schema (a parameter's `schema`, the response, their `items` and
//! `properties`) -> [`Schema`].

use super::ignored::Scope;
use super::json::Json;
use super::walk::{Obj, Walker};
use crate::spec::{Format, OrderedMap, Schema, TypeName};

pub fn schema(w: &mut Walker, mut o: Obj) -> Option<Schema> {
    let type_name = o
        .required_string(w, "type")
        .and_then(|t| type_name(w, &o.at("type"), t));
    let format = o.string(w, "format").and_then(|f| format(w, &o.at("format"), f));
    let required = o.boolean(w, "required").unwrap_or(false);
    if let Some(Json::Bool(doc_required)) = o.peek("docRequired") {
        if *doc_required != required {
            w.note(format!(
                "{}: docRequired is {doc_required} but required is {required}; the spec keeps required: {required}",
                o.path()
            ));
        }
    }
    let description = o.string(w, "description").map(str::to_string);
    let example = o.take("example").and_then(|v| scalar(w, v, &o.at("example")));
    let default = o.take("default").and_then(|v| scalar(w, v, &o.at("default")));
    let enum_values = o.array(w, "enum").map(|values| strings(w, values, &o.at("enum")));
    let items = o.object(w, "items").and_then(|items| schema(w, items)).map(Box::new);
    let properties = o.object(w, "properties").map(|mut props| {
        let mut fields = Vec::new();
        for (name, value) in props.take_all() {
            let path = props.at(name);
            if let Some(field) = w.object(value, &path).and_then(|field| schema(w, field)) {
                fields.push((name.to_string(), field));
            }
        }
        OrderedMap(fields)
    });
    let minimum = o.take("minimum").and_then(|v| number(w, v, &o.at("minimum")));
    let maximum = o.take("maximum").and_then(|v| number(w, v, &o.at("maximum")));
    let min_length = o.take("minLength").and_then(|v| count(w, v, &o.at("minLength")));
    let max_length = o.take("maxLength").and_then(|v| count(w, v, &o.at("maxLength")));
    let min_items = o.take("minItems").and_then(|v| count(w, v, &o.at("minItems")));
    let max_items = o.take("maxItems").and_then(|v| count(w, v, &o.at("maxItems")));
    let pattern = o.string(w, "pattern").map(str::to_string);
    o.skip_ignored(w, Scope::Schema);
    o.finish(w);
    Some(Schema {
        type_name: type_name?,
        format,
        required,
        sensitive: false,
        deprecated: false,
        description,
        example,
        default,
        enum_values,
        items,
        properties,
        struct_name: None,
        min_length,
        max_length,
        pattern,
        minimum,
        maximum,
        min_items,
        max_items,
    })
}

fn type_name(w: &mut Walker, path: &str, name: &str) -> Option<TypeName> {
    let type_name = match name {
        "string" => TypeName::String,
        "integer" => TypeName::Integer,
        "number" => TypeName::Number,
        "boolean" => TypeName::Boolean,
        "array" => TypeName::Array,
        "object" => TypeName::Object,
        other => {
            w.problem(
                path,
                format!("unsupported type {other:?} (expected string, integer, number, boolean, array or object)"),
            );
            return None;
        }
    };
    Some(type_name)
}

fn format(w: &mut Walker, path: &str, name: &str) -> Option<Format> {
    let format = match name {
        "int32" => Format::Int32,
        "int64" => Format::Int64,
        "float" => Format::Float,
        "double" => Format::Double,
        other => {
            w.problem(
                path,
                format!("unsupported format {other:?} (expected int32, int64, float or double)"),
            );
            return None;
        }
    };
    Some(format)
}

/// An example or default: kept as the metadata wrote it (the metadata writes strings,
/// even for numbers; the generator types them by the schema).
fn scalar(w: &mut Walker, value: &Json, path: &str) -> Option<serde_yaml::Value> {
    match value {
        Json::String(s) => Some(serde_yaml::Value::String(s.clone())),
        Json::Bool(b) => Some(serde_yaml::Value::Bool(*b)),
        Json::Number(n) => {
            let number = if let Some(u) = n.as_u64() {
                serde_yaml::Number::from(u)
            } else if let Some(i) = n.as_i64() {
                serde_yaml::Number::from(i)
            } else {
                serde_yaml::Number::from(n.as_f64().unwrap_or_default())
            };
            Some(serde_yaml::Value::Number(number))
        }
        other => w.wrong_type(path, "a string, number or boolean", other),
    }
}

fn strings(w: &mut Walker, values: &[Json], path: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (index, value) in values.iter().enumerate() {
        if let Some(s) = w.string(value, &format!("{path}[{index}]")) {
            out.push(s.to_string());
        }
    }
    out
}

/// `maximum`/`minimum`: the metadata writes them as strings (`"100"`).
fn number(w: &mut Walker, value: &Json, path: &str) -> Option<f64> {
    match value {
        Json::Number(n) => n.as_f64(),
        Json::String(s) => match s.trim().parse::<f64>() {
            Ok(n) if n.is_finite() => Some(n),
            _ => {
                w.problem(path, format!("expected a number, found the string {s:?}"));
                None
            }
        },
        other => w.wrong_type(path, "a number", other),
    }
}

/// `maxLength`, `maxItems`...: a non-negative integer, as a number or a string.
fn count(w: &mut Walker, value: &Json, path: &str) -> Option<u64> {
    let parsed = match value {
        Json::Number(n) => n.as_u64(),
        Json::String(s) => s.trim().parse::<u64>().ok(),
        other => return w.wrong_type(path, "a non-negative integer", other),
    };
    if parsed.is_none() {
        w.problem(path, "expected a non-negative integer");
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn convert(text: &str) -> (Option<Schema>, Walker) {
        let json = Json::parse(text).unwrap();
        let mut w = Walker::default();
        let o = w.object(&json, "s").unwrap();
        (schema(&mut w, o), w)
    }

    #[test]
    fn limits_given_as_strings_become_numbers() {
        let (schema, w) =
            convert(r#"{"type": "integer", "format": "int32", "minimum": "1", "maximum": "100", "maxItems": 20}"#);
        assert!(w.problems.is_empty(), "{:?}", w.problems);
        let schema = schema.unwrap();
        assert_eq!(
            (schema.minimum, schema.maximum, schema.max_items),
            (Some(1.0), Some(100.0), Some(20))
        );
        assert_eq!(schema.format, Some(Format::Int32));
    }

    #[test]
    fn properties_keep_their_order_and_nested_paths_are_named() {
        let (schema, w) =
            convert(r#"{"type": "object", "properties": {"B": {"type": "string"}, "A": {"type": "strnig"}}}"#);
        let messages: Vec<String> = w.problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                r#"s.properties.A.type: unsupported type "strnig" (expected string, integer, number, boolean, array or object)"#
            ]
        );
        let names: Vec<String> = schema
            .unwrap()
            .properties
            .unwrap()
            .0
            .into_iter()
            .map(|(name, _)| name)
            .collect();
        assert_eq!(names, ["B"]);
    }

    #[test]
    fn doc_required_differences_are_noted() {
        let (_, w) = convert(r#"{"type": "string", "required": false, "docRequired": true}"#);
        assert!(w.problems.is_empty());
        assert_eq!(
            w.notes,
            ["s: docRequired is true but required is false; the spec keeps required: false"]
        );
    }
}
