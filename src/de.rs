//! Lenient deserializers for generated response fields: the service sometimes sends
//! numbers and booleans as JSON strings (`"TotalCount": "12"`), so both forms are accepted.

use serde::de::{Deserializer, Error};
use serde::Deserialize;

/// A JSON scalar in whichever form it came.
#[derive(Deserialize)]
#[serde(untagged)]
enum Scalar {
    Bool(bool),
    Int(i64),
    Float(f64),
    Text(String),
}

fn scalar<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Scalar>, D::Error> {
    Option::<Scalar>::deserialize(deserializer)
}

pub fn option_i64<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<i64>, D::Error> {
    match scalar(deserializer)? {
        None => Ok(None),
        Some(Scalar::Int(n)) => Ok(Some(n)),
        Some(Scalar::Text(t)) if t.trim().is_empty() => Ok(None),
        Some(Scalar::Text(t)) => t
            .trim()
            .parse()
            .map(Some)
            .map_err(|_| D::Error::custom(format!("expected an integer, found {t:?}"))),
        Some(Scalar::Float(f)) if f.fract() == 0.0 && f.abs() < 9.0e15 => Ok(Some(f as i64)),
        Some(_) => Err(D::Error::custom("expected an integer")),
    }
}

pub fn option_i32<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<i32>, D::Error> {
    match option_i64(deserializer)? {
        None => Ok(None),
        Some(n) => i32::try_from(n)
            .map(Some)
            .map_err(|_| D::Error::custom(format!("integer {n} does not fit in 32 bits"))),
    }
}

pub fn option_f64<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<f64>, D::Error> {
    match scalar(deserializer)? {
        None => Ok(None),
        Some(Scalar::Int(n)) => Ok(Some(n as f64)),
        Some(Scalar::Float(f)) => Ok(Some(f)),
        Some(Scalar::Text(t)) if t.trim().is_empty() => Ok(None),
        Some(Scalar::Text(t)) => t
            .trim()
            .parse()
            .map(Some)
            .map_err(|_| D::Error::custom(format!("expected a number, found {t:?}"))),
        Some(Scalar::Bool(_)) => Err(D::Error::custom("expected a number, found a boolean")),
    }
}

pub fn option_bool<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<bool>, D::Error> {
    match scalar(deserializer)? {
        None => Ok(None),
        Some(Scalar::Bool(b)) => Ok(Some(b)),
        Some(Scalar::Text(t)) if t.eq_ignore_ascii_case("true") => Ok(Some(true)),
        Some(Scalar::Text(t)) if t.eq_ignore_ascii_case("false") => Ok(Some(false)),
        Some(_) => Err(D::Error::custom("expected a boolean")),
    }
}

/// A string, for enums: numbers are accepted and kept as their text.
pub fn string<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    match Scalar::deserialize(deserializer)? {
        Scalar::Text(t) => Ok(t),
        Scalar::Int(n) => Ok(n.to_string()),
        Scalar::Float(f) => Ok(f.to_string()),
        Scalar::Bool(b) => Ok(b.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize, Debug, PartialEq)]
    struct Page {
        #[serde(default, deserialize_with = "option_i32")]
        total: Option<i32>,
        #[serde(default, deserialize_with = "option_bool")]
        flag: Option<bool>,
        #[serde(default, deserialize_with = "option_f64")]
        ratio: Option<f64>,
    }

    fn page(json: &str) -> Result<Page, serde_json::Error> {
        serde_json::from_str(json)
    }

    #[test]
    fn numbers_as_strings_are_accepted() {
        assert_eq!(
            page(r#"{"total":"12","flag":"true","ratio":"0.5"}"#).unwrap(),
            Page {
                total: Some(12),
                flag: Some(true),
                ratio: Some(0.5)
            }
        );
        assert_eq!(
            page(r#"{"total":12,"flag":false,"ratio":2}"#).unwrap(),
            Page {
                total: Some(12),
                flag: Some(false),
                ratio: Some(2.0)
            }
        );
        assert_eq!(page(r#"{"total":null}"#).unwrap().total, None);
        assert_eq!(page("{}").unwrap().total, None);
    }

    #[test]
    fn wrong_values_are_errors_naming_what_was_expected() {
        assert!(page(r#"{"total":"twelve"}"#)
            .unwrap_err()
            .to_string()
            .contains("expected an integer"));
        assert!(page(r#"{"total":99999999999}"#)
            .unwrap_err()
            .to_string()
            .contains("32 bits"));
        assert!(page(r#"{"flag":3}"#)
            .unwrap_err()
            .to_string()
            .contains("expected a boolean"));
    }
}
