//! What every property reader carries: which property of which type is being read, and the
//! error type its wrapped visitors see until the message is prefixed with that context.
//!
//! Its own module so that the readers of each kind of value (`property`, `int`, `float`, ...)
//! depend on it and not on each other.

use core::fmt;

use serde::de::{self, Expected, Unexpected};

use super::path::{self, Path};
use crate::describe::Quoted;

/// Which property of which OData type is being read; carried into every nested value.
#[derive(Clone, Copy, Debug)]
pub struct Context {
    /// Qualified OData type name, e.g. `microsoft.graph.office365ServicesUserCounts`.
    pub odata_type: &'static str,
    /// Wire name of the property.
    pub property: &'static str,
}

/// The error type the wrapped visitors see: either an error that already carries its context
/// (raised below, by the format or a nested property), or a bare message still to be prefixed.
#[derive(Debug)]
pub enum Error<E> {
    Outer(E),
    Message(String),
}

impl<E: de::Error> Error<E> {
    /// Turns a bare message into the format's error, naming the property and type.
    #[cold]
    pub(crate) fn into_outer(self, ctx: Context) -> E {
        match self {
            Error::Outer(e) => e,
            Error::Message(m) => E::custom(format_args!(
                "{Path}invalid value for property `{}` of {}: {m}",
                ctx.property, ctx.odata_type
            )),
        }
    }
}

impl<E: fmt::Display> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Outer(e) => e.fmt(f),
            Error::Message(m) => f.write_str(m),
        }
    }
}

impl<E: de::Error> std::error::Error for Error<E> {}

impl<E: de::Error> de::Error for Error<E> {
    #[cold]
    fn custom<T: fmt::Display>(msg: T) -> Self {
        // A message is bare here: the path is added once, when it becomes the format's error.
        Error::Message(path::without_path(msg.to_string()))
    }

    #[cold]
    fn invalid_type(unexp: Unexpected<'_>, exp: &dyn Expected) -> Self {
        Error::Message(format!("expected {exp}, found {}", Found(unexp)))
    }

    #[cold]
    fn invalid_value(unexp: Unexpected<'_>, exp: &dyn Expected) -> Self {
        Error::Message(format!("expected {exp}, found {}", Found(unexp)))
    }
}

/// An unexpected value as a JSON user would describe it.
pub(crate) struct Found<'a>(pub Unexpected<'a>);

impl fmt::Display for Found<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Unexpected::Bool(b) => write!(f, "{b}"),
            Unexpected::Unsigned(n) => write!(f, "{n}"),
            Unexpected::Signed(n) => write!(f, "{n}"),
            Unexpected::Float(x) => write!(f, "{x:?}"),
            Unexpected::Char(c) => write!(f, "{}", Quoted(c.encode_utf8(&mut [0; 4]))),
            Unexpected::Str(s) => write!(f, "{}", Quoted(s)),
            Unexpected::Unit | Unexpected::Option => f.write_str("null"),
            Unexpected::Seq => f.write_str("an array"),
            Unexpected::Map => f.write_str("an object"),
            other => write!(f, "{other}"),
        }
    }
}

/// The scalar `visit_*` methods of a visitor adapter over `self.inner: V` with a
/// `self.ctx: Context`: each forwards to the inner visitor with [`Error`] as its error type, so
/// an error the inner visitor raises is still bare here and gets the property named once
/// ([`Error::into_outer`]). Shared by `property.rs`'s and `__private/nested_read.rs`'s adapters.
macro_rules! prefixed_scalar_visits {
    () => {
        $crate::wire::context::prefixed_scalar_visits! {
            visit_bool(bool)
            visit_i8(i8) visit_i16(i16) visit_i32(i32) visit_i64(i64) visit_i128(i128)
            visit_u8(u8) visit_u16(u16) visit_u32(u32) visit_u64(u64) visit_u128(u128)
            visit_f32(f32) visit_f64(f64) visit_char(char)
            visit_str(&str) visit_borrowed_str(&'de str) visit_string(String)
            visit_bytes(&[u8]) visit_borrowed_bytes(&'de [u8]) visit_byte_buf(Vec<u8>)
            visit_none() visit_unit()
        }
    };
    ($($method:ident($($ty:ty)?))*) => {$(
        #[inline]
        fn $method<E: serde::de::Error>(self $(, v: $ty)?) -> Result<V::Value, E> {
            let ctx = self.ctx;
            self.inner
                .$method::<$crate::wire::context::Error<E>>($($crate::wire::context::prefixed_scalar_visits!(@arg v $ty))?)
                .map_err(|e| e.into_outer(ctx))
        }
    )*};
    (@arg $v:ident $ty:ty) => { $v };
}
pub(crate) use prefixed_scalar_visits;
