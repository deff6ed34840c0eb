//! Writing a value's text form as a JSON string without a heap allocation.

use core::fmt::{self, Write as _};

use serde::{Serializer, ser};

/// A fixed-size buffer that `write!` fills; writing past its end is an error.
pub(crate) struct StackBuf<const N: usize> {
    bytes: [u8; N],
    len: usize,
}

impl<const N: usize> StackBuf<N> {
    pub(crate) const fn new() -> Self {
        Self {
            bytes: [0; N],
            len: 0,
        }
    }

    pub(crate) fn as_str(&self) -> &str {
        // Only whole `&str`s are ever copied in, so the filled part is valid UTF-8.
        core::str::from_utf8(self.bytes.get(..self.len).unwrap_or_default()).unwrap_or_default()
    }
}

impl<const N: usize> fmt::Write for StackBuf<N> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.len.checked_add(s.len()).ok_or(fmt::Error)?;
        let dst = self.bytes.get_mut(self.len..end).ok_or(fmt::Error)?;
        dst.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// Serializes `value`'s `Display` form as a string, formatted in an `N`-byte stack buffer.
pub(crate) fn serialize_display<const N: usize, S: Serializer>(
    value: &dyn fmt::Display,
    what: &str,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut buf = StackBuf::<N>::new();
    write!(buf, "{value}")
        .map_err(|_| ser::Error::custom(format_args!("{what} text overflowed its buffer")))?;
    serializer.serialize_str(buf.as_str())
}
