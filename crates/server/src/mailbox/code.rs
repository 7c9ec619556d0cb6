//! Query codes: 12 characters of Crockford base32 (no I, L, O or U to misread), shown as
//! `XXXX-XXXX-XXXX`, accepted with or without dashes and spaces, in any case, with the
//! look-alikes O→0 and I/L→1 read as Crockford says.
//!
//! A letter's code is HMAC-SHA256(server secret, key, number), its first 60 bits: random
//! to anyone without the secret (which never leaves the database), yet the same on a
//! retry with the same idempotency key, so a retried submit can answer the same receipt
//! without the code ever being stored. What is stored is SHA-256(salt || code) with a
//! random salt per letter.
//!
//! Why not argon2 or another slow hash: those protect secrets people choose, which are
//! few enough to guess offline. A code is 60 random bits; even with the database in hand
//! 2^60 SHA-256 guesses per letter are out of reach, while argon2 would cost each look-up
//! tens of milliseconds of the 2-core server's CPU, a lever for anyone hammering the
//! look-up route.

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
pub const CODE_CHARS: usize = 12;

/// The code of the letter with this key and number, ungrouped (12 characters).
pub fn derive(secret: &[u8], key: &str, number: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(b"portal letter code v1\0");
    mac.update(key.as_bytes());
    mac.update(b"\0");
    mac.update(number.as_bytes());
    let out = mac.finalize().into_bytes();
    let bits = u64::from_be_bytes(out[..8].try_into().expect("8 bytes"));
    (0..CODE_CHARS).map(|i| ALPHABET[((bits >> (64 - 5 * (i + 1))) & 31) as usize] as char).collect()
}

/// `XXXX-XXXX-XXXX`, as the receipt shows it.
pub fn grouped(code: &str) -> String {
    code.as_bytes().chunks(4).map(|c| std::str::from_utf8(c).unwrap_or("")).collect::<Vec<_>>().join("-")
}

/// A code as typed, in its 12-character form, or `None` if it cannot be one.
pub fn normalize(typed: &str) -> Option<String> {
    let mut out = String::with_capacity(CODE_CHARS);
    for c in typed.chars() {
        let c = match c.to_ascii_uppercase() {
            '-' | ' ' => continue,
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        };
        if !c.is_ascii() || !ALPHABET.contains(&(c as u8)) || out.len() == CODE_CHARS {
            return None;
        }
        out.push(c);
    }
    (out.len() == CODE_CHARS).then_some(out)
}

/// What is stored of a code: SHA-256(salt || code).
pub fn hash(salt: &[u8], code: &str) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(salt);
    h.update(code.as_bytes());
    h.finalize().into()
}

/// `n` random bytes from the operating system.
pub fn random<const N: usize>() -> [u8; N] {
    let mut out = [0u8; N];
    getrandom::fill(&mut out).expect("the operating system's random source");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_stable_distinct_and_forgiving() {
        let a = derive(b"secret", "key-0000000000000001", "2026000001");
        assert_eq!(a.len(), 12);
        assert_eq!(a, derive(b"secret", "key-0000000000000001", "2026000001"));
        assert_ne!(a, derive(b"secret", "key-0000000000000001", "2026000002"));
        assert_ne!(a, derive(b"other", "key-0000000000000001", "2026000001"));
        let shown = grouped(&a);
        assert_eq!(shown.len(), 14);
        assert_eq!(normalize(&shown).as_deref(), Some(a.as_str()));
        assert_eq!(normalize(&shown.to_lowercase().replace('-', " ")).as_deref(), Some(a.as_str()));
        assert_eq!(normalize("oooo-iiii-llll").as_deref(), Some("000011111111"));
        assert_eq!(normalize("ABCD-EFGH-JKM"), None);
        assert_eq!(normalize("ABCD-EFGH-JKMNP"), None);
        assert_eq!(normalize("ABCD-EFGH-JKMU"), None);
        assert_eq!(normalize("ＡBCD-EFGH-JKMN"), None);
    }
}
