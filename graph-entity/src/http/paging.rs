//! Following `@odata.nextLink`: [`Page::next_request`] and the [`pages`] iterator.

use core::marker::PhantomData;

use http::{Request, Response};
use serde::de::DeserializeOwned;

use super::error::Error;
use super::request::get;
use super::response::{Outcome, read_response};
use crate::Page;

impl<T> Page<T> {
    /// The `GET` request for the next page, `None` on the last page (no `@odata.nextLink`).
    ///
    /// ```
    /// use graph_entity::Page;
    ///
    /// let page: Page<serde_json::Value> = serde_json::from_str(
    ///     r#"{"value": [], "@odata.nextLink": "http://127.0.0.1:1/beta/users?$skiptoken=X"}"#,
    /// )?;
    /// let next = page.next_request()?.expect("a next page");
    /// assert_eq!(next.uri(), "http://127.0.0.1:1/beta/users?$skiptoken=X");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::Request`] when the link is not a valid URI.
    pub fn next_request(&self) -> Result<Option<Request<Vec<u8>>>, Error> {
        self.next_link
            .as_deref()
            .map(|link| get(link).build())
            .transpose()
    }
}

/// Every page of a collection, following `@odata.nextLink` from `first`: `send` sends one
/// request and returns the response (or its own error, into which this module's errors
/// convert). Stops after the last page or the first error.
///
/// ```
/// use graph_entity::Page;
/// use graph_entity::http::{self, pages};
///
/// // A stand-in for an HTTP client: two pages, linked.
/// let send = |request: ::http::Request<Vec<u8>>| -> Result<_, http::Error> {
///     let body = match request.uri().query() {
///         None => r#"{"value": [1, 2], "@odata.nextLink": "http://127.0.0.1:1/items?$skiptoken=2"}"#,
///         Some(_) => r#"{"value": [3]}"#,
///     };
///     Ok(::http::Response::new(body.as_bytes().to_vec()))
/// };
/// let first = http::get("http://127.0.0.1:1/items").build()?;
/// let items: Vec<i64> = pages::<i64, _, _, _>(first, send)
///     .map(|page| page.map(|p| p.value))
///     .collect::<Result<Vec<_>, _>>()?
///     .concat();
/// assert_eq!(items, [1, 2, 3]);
/// # Ok::<(), http::Error>(())
/// ```
pub fn pages<T, B, E, F>(first: Request<Vec<u8>>, send: F) -> Pages<T, F>
where
    T: DeserializeOwned,
    B: AsRef<[u8]>,
    E: From<Error>,
    F: FnMut(Request<Vec<u8>>) -> Result<Response<B>, E>,
{
    Pages {
        next: Some(first),
        broken_link: None,
        send,
        item: PhantomData,
    }
}

/// The iterator of [`pages`].
#[derive(Debug)]
pub struct Pages<T, F> {
    next: Option<Request<Vec<u8>>>,
    /// A `nextLink` that is no valid URI: reported after the page that carried it.
    broken_link: Option<Error>,
    send: F,
    item: PhantomData<fn() -> T>,
}

impl<T, B, E, F> Iterator for Pages<T, F>
where
    T: DeserializeOwned,
    B: AsRef<[u8]>,
    E: From<Error>,
    F: FnMut(Request<Vec<u8>>) -> Result<Response<B>, E>,
{
    type Item = Result<Page<T>, E>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(e) = self.broken_link.take() {
            return Some(Err(e.into()));
        }
        let request = self.next.take()?;
        let response = match (self.send)(request) {
            Ok(response) => response,
            Err(e) => return Some(Err(e)),
        };
        let page = match read_response::<Page<T>, B>(&response) {
            Ok(Outcome::Entity { value, .. }) => value,
            Ok(_) => {
                let status = response.status();
                let why = <serde_json::Error as serde::de::Error>::custom(
                    "a collection request was answered without a page",
                );
                let body = response.body().as_ref();
                return Some(Err(
                    Error::body(status, body, "a collection page", why).into()
                ));
            }
            Err(e) => return Some(Err(e.into())),
        };
        match page.next_request() {
            Ok(next) => self.next = next,
            Err(e) => self.broken_link = Some(e),
        }
        Some(Ok(page))
    }
}
