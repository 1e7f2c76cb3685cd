//! The bottom layer: how bytes are hashed and how RON is read safely, shared by every layer
//! that stores or checks content (scenario files, state fingerprints, records).
//!
//! Glossary: *digest* — SHA-256 of bytes, written as 64 lower-case hex digits; *nesting* —
//! how deep brackets go in a RON file (a hostile file must get an error, never a stack
//! overflow).

use sha2::{Digest, Sha256};

/// Deepest bracket nesting accepted in a scenario file.
pub const MAX_NESTING: usize = 48;

/// Lower-case hexadecimal of bytes.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(char::from(DIGITS[usize::from(b >> 4)]));
        s.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
    s
}

/// SHA-256 of bytes.
pub fn sha256(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

/// SHA-256 of bytes, as lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// RON options for reading: recursion limited a little above [`MAX_NESTING`] (the nesting
/// check of the scenario loader reports deeper files with their position first).
pub fn ron_options() -> ron::Options {
    ron::Options::default().with_recursion_limit(MAX_NESTING + 16)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_and_sha256_are_the_usual_ones() {
        assert_eq!(hex(&[0x00, 0x0f, 0xab, 0xff]), "000fabff");
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn deep_ron_is_an_error_not_a_crash() {
        let deep = format!("{}1{}", "[".repeat(500), "]".repeat(500));
        assert!(ron_options().from_str::<ron::Value>(&deep).is_err());
    }
}
