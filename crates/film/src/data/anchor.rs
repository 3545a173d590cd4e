//! Each review's anchor in the page (`#review-<anchor>`): stable, unique and safe in a URL.

use serde_json::{Map, Value};

use crate::model::Review;

/// A review's anchor: its id when that is safe in a URL fragment as it is, else a hash of the id,
/// or of the author and text for a review without one; a repeat gets a `-2`, `-3`… suffix.
/// `taken` maps each anchor given so far to its review's index. It is serde_json's map type, as
/// the ids' map is: a `BTreeMap` of any other key and value types is compiled again, and the
/// two maps of their own cost 1.2 KB brotli of every reader's download.
pub(super) fn unique_anchor(
    review: &Review,
    index: usize,
    taken: &mut Map<String, Value>,
) -> String {
    let base = match &review.id {
        Some(id)
            if id.len() <= 64
                && id
                    .bytes()
                    .all(|byte| byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_') =>
        {
            id.clone()
        }
        Some(id) => format!("{:08x}", fnv1a(&[id])),
        None => format!("{:08x}", fnv1a(&[&review.author, &review.text])),
    };
    let mut anchor = base.clone();
    let mut repeat = 1;
    while taken.insert(anchor.clone(), index.into()).is_some() {
        repeat += 1;
        anchor = format!("{base}-{repeat}");
    }
    anchor
}

/// The 32-bit FNV-1a hash of the parts, each followed by a zero byte: small, and the same in
/// every build, so anchors in links people share keep working.
fn fnv1a(parts: &[&str]) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for part in parts {
        for &byte in part.as_bytes().iter().chain(&[0]) {
            hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
        }
    }
    hash
}
