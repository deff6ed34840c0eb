//! JSON batching (`$batch`): `BatchRequest` built, checked and written as Graph's body;
//! `BatchResponse` read from the example of Graph's "Combine multiple HTTP requests using JSON
//! batching" page, each item read as a typed value or its typed OData error; bad input refused
//! with messages that name the member.
//!
//! `request.rs`: building, checking and writing a batch; `response.rs` (and `response/`): reading
//! the answer.

mod request;
mod response;
