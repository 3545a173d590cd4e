//! The export's `.zip`, opened by the `zip` crate: its `reviews.csv` (or, without one, its
//! `diary.csv`), with the member's name from `profile.csv`.

use std::io::{Cursor, Read};

use zip::ZipArchive;

use super::{table, Diary, LetterboxdError, Problem, MAX_BYTES};

/// The file in the archive with this name at its top or in one folder, leaving out the folders
/// of deleted and orphaned entries Letterboxd adds.
fn find(archive: &ZipArchive<Cursor<&[u8]>>, name: &str) -> Option<usize> {
    let mut found: Option<(usize, usize)> = None;
    for index in 0..archive.len() {
        let Some(Ok(path)) = archive.name_for_index(index) else {
            continue;
        };
        let parts: Vec<&str> = path.split('/').collect();
        let wanted = parts.last() == Some(&name)
            && parts.len() <= 2
            && !parts
                .iter()
                .any(|part| matches!(*part, "deleted" | "orphaned"));
        if wanted && found.is_none_or(|(_, depth)| parts.len() < depth) {
            found = Some((index, parts.len()));
        }
    }
    found.map(|(index, _)| index)
}

fn zip_error(error: &zip::result::ZipError) -> LetterboxdError {
    LetterboxdError::whole(Problem::Zip(error.to_string()))
}

/// The bytes of the file at `index`, no more than [`MAX_BYTES`] of them.
fn contents(
    archive: &mut ZipArchive<Cursor<&[u8]>>,
    index: usize,
) -> Result<Vec<u8>, LetterboxdError> {
    let file = archive.by_index(index).map_err(|error| zip_error(&error))?;
    let mut bytes = Vec::new();
    file.take(MAX_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| LetterboxdError::whole(Problem::Zip(error.to_string())))?;
    if bytes.len() > MAX_BYTES {
        return Err(LetterboxdError::whole(Problem::TooLarge));
    }
    Ok(bytes)
}

/// Reads the export's `.zip`.
pub fn read(bytes: &[u8]) -> Result<Diary, LetterboxdError> {
    let mut archive = ZipArchive::new(Cursor::new(bytes)).map_err(|error| zip_error(&error))?;
    let (name, index) = ["reviews.csv", "diary.csv"]
        .into_iter()
        .find_map(|name| find(&archive, name).map(|index| (name, index)))
        .ok_or(LetterboxdError::whole(Problem::ForeignZip))?;
    let csv = contents(&mut archive, index)?;
    let mut diary = table::read(&csv).map_err(|error| error.in_file(name))?;
    if let Some(profile) = find(&archive, "profile.csv") {
        diary.member = table::member(&contents(&mut archive, profile)?);
    }
    Ok(diary)
}
