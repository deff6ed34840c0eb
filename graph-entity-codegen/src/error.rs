//! The one error type: what was expected, what was found, and where.

use std::fmt;

/// A CSDL document the generator cannot turn into Rust, or bad options.
///
/// The message names the element (type, property) and, when the error comes from the
/// document, `line` is the line of that element (1-based).
///
/// ```
/// let err = graph_entity_codegen::generate("<html/>", "page.xml", &Default::default())
///     .unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "line 1: not a CSDL document: expected the root element `edmx:Edmx`, found `html`"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    line: Option<u32>,
    message: String,
}

impl Error {
    pub(crate) fn at(line: u32, message: impl Into<String>) -> Self {
        Error {
            line: Some(line),
            message: message.into(),
        }
    }

    pub(crate) fn new(message: impl Into<String>) -> Self {
        Error {
            line: None,
            message: message.into(),
        }
    }

    /// The line (1-based) of the element the error is about, when it is about one.
    #[must_use]
    pub fn line(&self) -> Option<u32> {
        self.line
    }

    /// The message, without the line.
    #[must_use]
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "line {line}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for Error {}

/// A found value for an error message, quoted and cut at 64 characters.
pub(crate) struct Quoted<'a>(pub &'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const MAX: usize = 64;
        match self.0.char_indices().nth(MAX) {
            Some((cut, _)) => write!(f, "`{}`...", &self.0[..cut]),
            None => write!(f, "`{}`", self.0),
        }
    }
}
