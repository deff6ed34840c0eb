//! The chain of nested properties being read, for error messages.
//!
//! A nested value's reader runs with the raw map of the format (see `__private/nested_read.rs`),
//! so its errors cannot be prefixed on their way out without the adapter types stacking up per
//! level. Instead, `__private::NestedProperty` notes the property on a thread-local stack while
//! the nested object is read, and every error message the readers write starts with [`Path`]:
//! ``invalid value for property `start` of microsoft.graph.event: `` for each level, exactly as
//! the wrapped readers word it.

use core::cell::RefCell;
use core::fmt;

std::thread_local! {
    /// `(property, OData type)` of each nested property being read, outermost first.
    static STACK: RefCell<Vec<(&'static str, &'static str)>> = const { RefCell::new(Vec::new()) };
}

/// Proof that a property was entered; leaving it (on drop, errors and panics included) pops it.
pub(crate) struct Entered(());

impl Drop for Entered {
    #[inline]
    fn drop(&mut self) {
        STACK.with(|stack| {
            stack.borrow_mut().pop();
        });
    }
}

/// Notes that nested property `property` of `odata_type` is being read until the returned guard
/// is dropped.
#[inline]
pub(crate) fn enter(property: &'static str, odata_type: &'static str) -> Entered {
    STACK.with(|stack| stack.borrow_mut().push((property, odata_type)));
    Entered(())
}

/// Displays the prefix of the nested properties being read (nothing at the top level).
pub(crate) struct Path;

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        STACK.with(|stack| {
            for (property, odata_type) in stack.borrow().iter() {
                write!(
                    f,
                    "invalid value for property `{property}` of {odata_type}: "
                )?;
            }
            Ok(())
        })
    }
}

/// `message` without the prefix [`Path`] writes now, if it starts with it: a message that stays
/// bare (inside a wrapped value) gets the prefix once, when it reaches the format.
#[cold]
pub(crate) fn without_path(message: String) -> String {
    let prefix = Path.to_string();
    match message.strip_prefix(prefix.as_str()) {
        Some(rest) if !prefix.is_empty() => rest.to_owned(),
        _ => message,
    }
}
