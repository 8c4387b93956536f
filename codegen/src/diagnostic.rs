//! Problems found in a spec, each pointing at a file and, where known, a line and column.

use std::fmt;
use std::path::PathBuf;

/// One problem in one spec file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: PathBuf,
    /// 1-based line and column, when the problem can be pinned to a place.
    pub position: Option<(usize, usize)>,
    pub message: String,
}

impl Diagnostic {
    pub fn new(file: impl Into<PathBuf>, position: Option<(usize, usize)>, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.into(),
            position,
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, column)) => write!(f, "{}:{}:{}: {}", self.file.display(), line, column, self.message),
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
}

/// Every problem found in one run, reported together.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", render(.0))]
pub struct Diagnostics(pub Vec<Diagnostic>);

fn render(diagnostics: &[Diagnostic]) -> String {
    let lines: Vec<String> = diagnostics.iter().map(Diagnostic::to_string).collect();
    lines.join("\n")
}

impl Diagnostics {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}
