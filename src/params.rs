//! Request parameters -> flat `(name, value)` pairs, the RPC wire form:
//! lists numbered from 1 (`Tag.1.Key`), booleans `true`/`false`, json style as one value.

/// Collects the query parameters of one request.
#[derive(Debug, Default)]
pub struct ParamWriter {
    params: Vec<(String, String)>,
    /// The first parameter that could not be encoded (json style), with the reason.
    encoding_error: Option<(String, String)>,
}

impl ParamWriter {
    pub fn new() -> Self {
        ParamWriter::default()
    }

    /// Writes a top-level parameter (nothing for `None`).
    pub fn put(&mut self, name: &str, value: &impl ParamValue) {
        value.write_param(name, self);
    }

    /// Writes a struct field under its parent's key: `Tag.1` + `Key` -> `Tag.1.Key`.
    pub fn put_field(&mut self, parent: &str, field: &str, value: &impl ParamValue) {
        value.write_param(&format!("{parent}.{field}"), self);
    }

    /// Writes one raw value.
    pub fn put_str(&mut self, key: &str, value: &str) {
        self.params.push((key.to_string(), value.to_string()));
    }

    /// Writes a json-style parameter: one compact JSON value (nothing for `None`).
    pub fn put_json<T: serde::Serialize>(&mut self, name: &str, value: &Option<T>) {
        if let Some(value) = value {
            match serde_json::to_string(value) {
                Ok(json) => self.put_str(name, &json),
                Err(err) => {
                    self.encoding_error.get_or_insert((name.to_string(), err.to_string()));
                }
            }
        }
    }

    pub fn params(&self) -> &[(String, String)] {
        &self.params
    }

    /// True when the parameter, or any part of it (`Name.1...`), was written.
    pub fn contains(&self, name: &str) -> bool {
        self.params.iter().any(|(key, _)| is_part_of(name, key))
    }

    /// The first parameter that could not be encoded: (name, reason).
    pub(crate) fn encoding_error(&self) -> Option<&(String, String)> {
        self.encoding_error.as_ref()
    }

    pub(crate) fn into_params(self) -> Vec<(String, String)> {
        self.params
    }
}

/// True when wire key `key` is parameter `name` itself or a part of it (`Name.1`, `Name.Field`).
pub(crate) fn is_part_of(name: &str, key: &str) -> bool {
    key == name || key.strip_prefix(name).is_some_and(|rest| rest.starts_with('.'))
}

/// A request as query parameters. Implemented by every generated request struct.
pub trait WriteParams {
    fn write_params(&self, writer: &mut ParamWriter);
}

/// A value that can be written under a key. Implemented for scalars, lists, options and
/// every generated struct and enum.
pub trait ParamValue {
    fn write_param(&self, key: &str, writer: &mut ParamWriter);
}

impl<T: ParamValue> ParamValue for Option<T> {
    fn write_param(&self, key: &str, writer: &mut ParamWriter) {
        if let Some(value) = self {
            value.write_param(key, writer);
        }
    }
}

impl<T: ParamValue> ParamValue for Vec<T> {
    fn write_param(&self, key: &str, writer: &mut ParamWriter) {
        for (index, item) in self.iter().enumerate() {
            item.write_param(&format!("{key}.{}", index + 1), writer);
        }
    }
}

impl ParamValue for String {
    fn write_param(&self, key: &str, writer: &mut ParamWriter) {
        writer.put_str(key, self);
    }
}

impl ParamValue for str {
    fn write_param(&self, key: &str, writer: &mut ParamWriter) {
        writer.put_str(key, self);
    }
}

macro_rules! display_param {
    ($($ty:ty),*) => {$(
        impl ParamValue for $ty {
            fn write_param(&self, key: &str, writer: &mut ParamWriter) {
                writer.put_str(key, &self.to_string());
            }
        }
    )*};
}

// `bool` displays as `true`/`false`, which is the wire form.
display_param!(bool, i32, i64, f64);

#[cfg(test)]
mod tests {
    use super::*;

    struct Tag {
        key: Option<String>,
        value: Option<String>,
    }

    impl ParamValue for Tag {
        fn write_param(&self, key: &str, writer: &mut ParamWriter) {
            writer.put_field(key, "Key", &self.key);
            writer.put_field(key, "Value", &self.value);
        }
    }

    #[test]
    fn lists_of_structs_are_numbered_from_one() {
        let mut writer = ParamWriter::new();
        let tags = Some(vec![
            Tag {
                key: Some("k".into()),
                value: Some("v".into()),
            },
            Tag {
                key: Some("env".into()),
                value: None,
            },
        ]);
        writer.put("Tag", &tags);
        writer.put("PageSize", &Some(10));
        writer.put("All", &Some(true));
        writer.put("Missing", &None::<String>);
        let expected: Vec<(String, String)> = [
            ("Tag.1.Key", "k"),
            ("Tag.1.Value", "v"),
            ("Tag.2.Key", "env"),
            ("PageSize", "10"),
            ("All", "true"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        assert_eq!(writer.params(), expected.as_slice());
        assert!(writer.contains("Tag"));
        assert!(!writer.contains("Ta"));
        assert!(!writer.contains("Missing"));
    }

    #[test]
    fn json_style_is_one_compact_value() {
        let mut writer = ParamWriter::new();
        writer.put_json("AbandonableCheckId", &Some(vec!["a".to_string(), "b c".to_string()]));
        assert_eq!(
            writer.params(),
            &[("AbandonableCheckId".to_string(), r#"["a","b c"]"#.to_string())]
        );
    }

    #[test]
    fn scalar_lists_use_plain_indexes() {
        let mut writer = ParamWriter::new();
        writer.put("ResourceId", &Some(vec!["a".to_string(), "b".to_string()]));
        assert_eq!(writer.params()[1], ("ResourceId.2".to_string(), "b".to_string()));
    }
}
