//! Bounded rendering of offending input values inside error messages.
//!
//! Error messages quote the value that was rejected, but a hostile payload may
//! carry a 100 MB string: everything here prints at most [`MAX_CHARS`] chars.

use core::fmt::{self, Write as _};

/// How many chars of a value are shown before it is truncated.
const MAX_CHARS: usize = 64;

/// Displays a string as a JSON string literal, truncated after [`MAX_CHARS`] chars.
///
/// `"Date"` for a short value; `"<first 64 chars>…" (N bytes)` for a longer one,
/// where `N` is the byte length of the whole value. Escapes `\"`, `\\`, `\n`,
/// `\r`, `\t`; other control chars (below U+0020) as `\u00XX`.
pub(crate) struct Quoted<'a>(pub &'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let value = self.0;
        let (shown, truncated) = match value.char_indices().nth(MAX_CHARS) {
            Some((end, _)) => (value.get(..end).unwrap_or(value), true),
            None => (value, false),
        };
        f.write_char('"')?;
        write_escaped(f, shown)?;
        if truncated {
            write!(f, "…\" ({} bytes)", value.len())
        } else {
            f.write_char('"')
        }
    }
}

/// Writes `s` with JSON string escapes, copying unescaped runs in one piece.
fn write_escaped(f: &mut fmt::Formatter<'_>, s: &str) -> fmt::Result {
    let mut run_start = 0;
    for (i, c) in s.char_indices() {
        let escape = match c {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            c if c < ' ' => "",
            _ => continue,
        };
        f.write_str(s.get(run_start..i).unwrap_or_default())?;
        if escape.is_empty() {
            write!(f, "\\u{:04x}", u32::from(c))?;
        } else {
            f.write_str(escape)?;
        }
        run_start = i + c.len_utf8();
    }
    f.write_str(s.get(run_start..).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::Quoted;

    fn quoted(s: &str) -> String {
        Quoted(s).to_string()
    }

    #[test]
    fn wraps_plain_value_in_quotes() {
        assert_eq!(quoted("Date"), r#""Date""#);
        assert_eq!(quoted(""), r#""""#);
    }

    #[test]
    fn escapes_json_specials() {
        assert_eq!(quoted("a\"b"), r#""a\"b""#);
        assert_eq!(quoted("a\\b"), r#""a\\b""#);
        assert_eq!(quoted("l1\nl2\r\tend"), r#""l1\nl2\r\tend""#);
        assert_eq!(quoted("\u{0}\u{8}\u{1f}x"), r#""\u0000\u0008\u001fx""#);
    }

    #[test]
    fn keeps_non_ascii_unescaped() {
        assert_eq!(quoted("２０２３-é"), "\"２０２３-é\"");
    }

    #[test]
    fn keeps_exactly_64_chars_untruncated() {
        let value = "x".repeat(64);
        assert_eq!(quoted(&value), format!("\"{value}\""));
    }

    #[test]
    fn truncates_after_64_chars_with_byte_length() {
        let value = "x".repeat(100);
        assert_eq!(
            quoted(&value),
            format!("\"{}…\" (100 bytes)", "x".repeat(64))
        );
    }

    #[test]
    fn truncates_on_char_boundary_for_multibyte_text() {
        let value = "é".repeat(65);
        assert_eq!(
            quoted(&value),
            format!("\"{}…\" (130 bytes)", "é".repeat(64))
        );
    }

    #[test]
    fn counts_escapes_as_single_chars_when_truncating() {
        let value = "\n".repeat(70);
        assert_eq!(
            quoted(&value),
            format!("\"{}…\" (70 bytes)", "\\n".repeat(64))
        );
    }
}
