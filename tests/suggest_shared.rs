//! The derive and the runtime suggest names with one algorithm: the two copies of the source
//! file are the same, byte for byte (see the file's module docs for why there are two).

#[test]
fn derive_and_runtime_share_one_did_you_mean() {
    let runtime = include_str!("../graph-entity/src/__private/suggest.rs");
    let derive = include_str!("../graph-entity-derive/src/suggest.rs");
    assert!(
        runtime == derive,
        "graph-entity-derive/src/suggest.rs differs from graph-entity/src/__private/suggest.rs; \
         copy one onto the other"
    );
}
