//! Walks the metadata's JSON tree, knowing the path of every value, so that each problem
//! names the operation and the exact place (`apis.ListAccounts.parameters[2].schema.type`).
//! Problems are collected, not returned at the first one.

use super::ignored::{Expect, Scope, IGNORED};
use super::json::Json;
use std::fmt;

/// One thing wrong in the metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// JSON path: object keys joined by `.`, array indexes in brackets.
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Collects problems (the import fails) and notes (printed; the import goes on).
#[derive(Debug, Default)]
pub struct Walker {
    pub problems: Vec<Problem>,
    pub notes: Vec<String>,
}

impl Walker {
    pub fn problem(&mut self, path: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.to_string(),
            message: message.into(),
        });
    }

    pub fn note(&mut self, note: String) {
        self.notes.push(note);
    }

    /// Records "expected X, found Y" and returns None when `value` is not a string.
    pub fn string<'a>(&mut self, value: &'a Json, path: &str) -> Option<&'a str> {
        match value {
            Json::String(s) => Some(s),
            other => self.wrong_type(path, "a string", other),
        }
    }

    pub fn array<'a>(&mut self, value: &'a Json, path: &str) -> Option<&'a [Json]> {
        match value {
            Json::Array(items) => Some(items),
            other => self.wrong_type(path, "an array", other),
        }
    }

    pub fn object<'a>(&mut self, value: &'a Json, path: &str) -> Option<Obj<'a>> {
        match value {
            Json::Object(entries) => Some(Obj {
                entries,
                path: path.to_string(),
                used: vec![false; entries.len()],
            }),
            other => self.wrong_type(path, "an object", other),
        }
    }

    pub fn wrong_type<T>(&mut self, path: &str, expected: &str, found: &Json) -> Option<T> {
        self.problem(path, format!("expected {expected}, found {}", found.kind()));
        None
    }
}

/// Joins a path and a key; the document root has the empty path.
pub fn child(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// An object being read: every key taken is marked, and [`Obj::finish`] reports the rest.
pub struct Obj<'a> {
    entries: &'a [(String, Json)],
    path: String,
    used: Vec<bool>,
}

impl<'a> Obj<'a> {
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The path of a key inside this object.
    pub fn at(&self, key: &str) -> String {
        child(&self.path, key)
    }

    /// The value of `key`, leaving it to be taken (and checked) later.
    pub fn peek(&self, key: &str) -> Option<&'a Json> {
        self.entries.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// The value of `key`, marked as understood.
    pub fn take(&mut self, key: &str) -> Option<&'a Json> {
        let index = self.entries.iter().position(|(k, _)| k == key)?;
        self.used[index] = true;
        Some(&self.entries[index].1)
    }

    /// Every entry not yet taken, in document order, all marked as understood.
    pub fn take_all(&mut self) -> Vec<(&'a str, &'a Json)> {
        let entries = self.entries;
        let mut all = Vec::new();
        for (index, (key, value)) in entries.iter().enumerate() {
            if !self.used[index] {
                self.used[index] = true;
                all.push((key.as_str(), value));
            }
        }
        all
    }

    pub fn string(&mut self, w: &mut Walker, key: &str) -> Option<&'a str> {
        let value = self.take(key)?;
        w.string(value, &self.at(key))
    }

    /// Like [`Obj::string`], reporting the key when it is absent.
    pub fn required_string(&mut self, w: &mut Walker, key: &str) -> Option<&'a str> {
        self.required(w, key).and_then(|value| w.string(value, &self.at(key)))
    }

    pub fn required(&mut self, w: &mut Walker, key: &str) -> Option<&'a Json> {
        let value = self.take(key);
        if value.is_none() {
            w.problem(&self.at(key), "missing key");
        }
        value
    }

    pub fn boolean(&mut self, w: &mut Walker, key: &str) -> Option<bool> {
        match self.take(key)? {
            Json::Bool(b) => Some(*b),
            other => w.wrong_type(&self.at(key), "a boolean", other),
        }
    }

    pub fn array(&mut self, w: &mut Walker, key: &str) -> Option<&'a [Json]> {
        let value = self.take(key)?;
        w.array(value, &self.at(key))
    }

    pub fn object(&mut self, w: &mut Walker, key: &str) -> Option<Obj<'a>> {
        let value = self.take(key)?;
        w.object(value, &self.at(key))
    }

    /// Takes the keys of `scope` listed in [`IGNORED`] that are still untaken, checking
    /// that each has the value its entry allows.
    pub fn skip_ignored(&mut self, w: &mut Walker, scope: Scope) {
        for entry in IGNORED.iter().filter(|e| e.scope == scope) {
            let Some(index) = self.entries.iter().position(|(k, _)| k == entry.key) else {
                continue;
            };
            if self.used[index] {
                continue;
            }
            self.used[index] = true;
            let value = &self.entries[index].1;
            let fits = match (entry.expect, value) {
                (Expect::String, Json::String(_)) | (Expect::Bool, Json::Bool(_)) => true,
                (Expect::Array, Json::Array(_)) | (Expect::Object, Json::Object(_)) => true,
                (Expect::EmptyObject, Json::Object(entries)) => entries.is_empty(),
                (Expect::False, Json::Bool(b)) => !b,
                _ => false,
            };
            if !fits {
                let found = match value {
                    Json::Object(entries) if !entries.is_empty() => "a non-empty object",
                    Json::Bool(true) => "true",
                    other => other.kind(),
                };
                let message = format!(
                    "expected {}, found {found} (not carried into the spec: {})",
                    entry.expect.describe(),
                    entry.reason
                );
                w.problem(&self.at(entry.key), message);
            }
        }
    }

    /// Reports every key nobody took.
    pub fn finish(self, w: &mut Walker) {
        for ((key, _), used) in self.entries.iter().zip(&self.used) {
            if !used {
                w.problem(&child(&self.path, key), "unknown key");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(text: &str) -> Json {
        Json::parse(text).unwrap()
    }

    #[test]
    fn unknown_and_wrongly_typed_keys_are_named_by_path() {
        let json = object(r#"{"title": 3, "extra": 1, "deprecated": true}"#);
        let mut w = Walker::default();
        let mut o = w.object(&json, "apis.A").unwrap();
        assert_eq!(o.string(&mut w, "title"), None);
        assert_eq!(o.boolean(&mut w, "deprecated"), Some(true));
        assert_eq!(o.required_string(&mut w, "summary"), None);
        o.finish(&mut w);
        let messages: Vec<String> = w.problems.iter().map(Problem::to_string).collect();
        assert_eq!(
            messages,
            [
                "apis.A.title: expected a string, found a number",
                "apis.A.summary: missing key",
                "apis.A.extra: unknown key",
            ]
        );
    }

    #[test]
    fn ignored_keys_must_hold_what_the_list_allows() {
        let json = object(r#"{"title": "t", "enumValueTitles": {"A": "a"}, "docRequired": true}"#);
        let mut w = Walker::default();
        let mut o = w.object(&json, "s").unwrap();
        o.skip_ignored(&mut w, Scope::Schema);
        o.finish(&mut w);
        assert_eq!(w.problems.len(), 1, "{:?}", w.problems);
        assert!(w.problems[0]
            .to_string()
            .starts_with("s.enumValueTitles: expected an empty object, found a non-empty object"));
    }

    #[test]
    fn root_paths_have_no_leading_dot() {
        assert_eq!(child("", "apis"), "apis");
        assert_eq!(child("apis", "A"), "apis.A");
    }
}
