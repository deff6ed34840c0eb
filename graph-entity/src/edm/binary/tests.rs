use super::Binary;

fn parse_error(s: &str) -> String {
    s.parse::<Binary>().expect_err(s).to_string()
}

/// Bytes that look random but are the same on every run (a 32-bit xorshift).
fn pseudo_random(len: usize, seed: u32) -> Vec<u8> {
    let mut state = seed.max(1);
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            state.to_le_bytes()[0]
        })
        .collect()
}

fn url_safe_unpadded(standard: &str) -> String {
    standard
        .trim_end_matches('=')
        .replace('+', "-")
        .replace('/', "_")
}

#[test]
fn encodes_the_rfc_4648_test_vectors() {
    let vectors = [
        ("", ""),
        ("f", "Zg=="),
        ("fo", "Zm8="),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg=="),
        ("fooba", "Zm9vYmE="),
        ("foobar", "Zm9vYmFy"),
    ];
    for (bytes, text) in vectors {
        assert_eq!(Binary::from(bytes.as_bytes()).to_string(), text);
        assert_eq!(
            text.parse::<Binary>().map(Binary::into_vec),
            Ok(bytes.as_bytes().to_vec())
        );
        let unpadded = text.trim_end_matches('=');
        assert_eq!(
            unpadded.parse::<Binary>().map(Binary::into_vec),
            Ok(bytes.as_bytes().to_vec())
        );
    }
}

#[test]
fn round_trips_every_length_up_to_64_in_every_accepted_form() {
    for len in 0..=64 {
        for seed in [1, 7, 0xdead_beef] {
            let bytes = pseudo_random(len, seed);
            let binary = Binary::from(bytes.clone());
            let text = binary.to_string();
            assert_eq!(text.len(), len.div_ceil(3) * 4, "{text}");
            assert_eq!(text.parse::<Binary>().as_ref(), Ok(&binary), "{text}");
            let url = url_safe_unpadded(&text);
            assert_eq!(url.parse::<Binary>().as_ref(), Ok(&binary), "{url}");
            let url_padded = text.replace('+', "-").replace('/', "_");
            assert_eq!(
                url_padded.parse::<Binary>().as_ref(),
                Ok(&binary),
                "{url_padded}"
            );
            let json = serde_json::to_string(&binary).expect("serializes");
            assert_eq!(json, format!("\"{text}\""));
            assert_eq!(serde_json::from_str::<Binary>(&json).ok(), Some(binary));
        }
    }
}

#[test]
fn decodes_every_byte_value_in_every_position() {
    for shift in 0..3 {
        let mut bytes = vec![0; shift];
        bytes.extend(0..=255_u8);
        let binary = Binary::from(bytes.clone());
        assert_eq!(
            binary.to_string().parse::<Binary>().map(Binary::into_vec),
            Ok(bytes)
        );
    }
}

#[test]
fn rejects_characters_outside_both_alphabets() {
    assert_eq!(parse_error("QUJD*"), "invalid character '*' at offset 4");
    assert_eq!(parse_error("QUJDé"), "invalid character 'é' at offset 4");
    assert_eq!(parse_error("QU.D"), "invalid character '.' at offset 2");
}

#[test]
fn rejects_whitespace_and_says_so() {
    assert_eq!(
        parse_error("QUJD\nRUZH"),
        "whitespace '\\n' at offset 4: line breaks and spaces are not allowed"
    );
    assert_eq!(
        parse_error(" QUJD"),
        "whitespace ' ' at offset 0: line breaks and spaces are not allowed"
    );
}

#[test]
fn rejects_mixed_alphabets() {
    assert_eq!(
        parse_error("ab+_"),
        "base64 (+/) and base64url (-_) characters mixed, at offset 3"
    );
}

#[test]
fn rejects_padding_in_the_middle() {
    assert_eq!(parse_error("QQ==QUJD"), "'=' before the end, at offset 4");
    assert_eq!(parse_error("QQ=Q"), "'=' before the end, at offset 3");
}

#[test]
fn rejects_wrong_padding_counts() {
    assert_eq!(parse_error("QQ="), "1 '=' where the last group takes 2");
    assert_eq!(parse_error("QUI=="), "2 '=' where the last group takes 1");
    assert_eq!(
        parse_error("QUJD="),
        "1 '=' after a complete group, which takes none"
    );
    assert_eq!(
        parse_error("===="),
        "4 '=' after a complete group, which takes none"
    );
}

#[test]
fn rejects_a_lone_trailing_character() {
    let lone = "a lone character in the last group, which cannot hold a byte";
    assert_eq!(parse_error("QUJDR"), lone);
    assert_eq!(parse_error("Q"), lone);
    assert_eq!(parse_error("Q==="), lone);
}

#[test]
fn rejects_non_zero_padding_bits() {
    assert_eq!(
        parse_error("QR=="),
        "the last character's unused bits are not zero"
    );
    assert_eq!(
        parse_error("QUJ"),
        "the last character's unused bits are not zero"
    );
}

#[test]
fn reports_json_errors_with_form_found_value_and_reason() {
    let err = |json: &str| {
        serde_json::from_str::<Binary>(json)
            .expect_err(json)
            .to_string()
    };
    assert_eq!(
        err(r#""not base64!""#),
        "expected an Edm.Binary (base64 or base64url), found \"not base64!\" \
         (whitespace ' ' at offset 3: line breaks and spaces are not allowed) at line 1 column 13"
    );
    assert_eq!(
        err("[1, 2]"),
        "invalid type: sequence, expected an Edm.Binary (base64 or base64url) at line 1 column 0"
    );
}

#[test]
fn debug_shows_base64_cut_after_64_chars() {
    assert_eq!(
        format!("{:?}", Binary::from(b"hi".to_vec())),
        "Binary(aGk=)"
    );
    let long = Binary::from(vec![0; 100]);
    assert_eq!(
        format!("{long:?}"),
        format!("Binary({}… (100 bytes))", "A".repeat(64))
    );
}
