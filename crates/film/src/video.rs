//! Trailer URLs that can play on the card: YouTube and Vimeo, reduced to a checked video id.
//!
//! The player's address is built from the id alone, never from the blogger's URL, so nothing in
//! the data reaches the iframe's `src` but eleven safe characters or a run of digits.

/// A video the card can play in its own player.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Video {
    /// A YouTube video id: 11 characters of `A-Z a-z 0-9 _ -`.
    YouTube(String),
    /// A Vimeo video id: digits.
    Vimeo(String),
}

impl Video {
    /// The video behind a trailer URL, when it is a YouTube (`youtube.com/watch?v=…`,
    /// `youtu.be/…`, `youtube.com/embed/…`) or Vimeo (`vimeo.com/…`, `player.vimeo.com/video/…`)
    /// address; `None` for any other URL.
    pub fn from_url(url: &str) -> Option<Self> {
        let rest = url
            .trim()
            .strip_prefix("https://")
            .or_else(|| url.trim().strip_prefix("http://"))?;
        let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let (authority, rest) = rest.split_at(authority_end);
        // A user name or a port would make the host hard to read at a glance; such links are
        // never how these sites share their videos.
        if authority.contains(['@', ':']) {
            return None;
        }
        let host = authority.to_ascii_lowercase();
        let host = host
            .strip_prefix("www.")
            .or_else(|| host.strip_prefix("m."))
            .unwrap_or(&host);
        let (path, query) = match rest.split('#').next().unwrap_or_default().split_once('?') {
            Some((path, query)) => (path, query),
            None => (rest.split('#').next().unwrap_or_default(), ""),
        };
        let segments: Vec<&str> = path.split('/').filter(|part| !part.is_empty()).collect();
        match (host, segments.as_slice()) {
            ("youtube.com", ["watch"]) => query
                .split('&')
                .find_map(|pair| pair.strip_prefix("v="))
                .and_then(youtube_id),
            ("youtube.com" | "youtube-nocookie.com", ["embed", id]) | ("youtu.be", [id]) => {
                youtube_id(id)
            }
            ("vimeo.com", [id]) | ("player.vimeo.com", ["video", id]) => vimeo_id(id),
            _ => None,
        }
    }

    /// The player's address: YouTube's privacy-enhanced domain, or Vimeo with do-not-track.
    pub fn player_url(&self) -> String {
        match self {
            Self::YouTube(id) => format!("https://www.youtube-nocookie.com/embed/{id}?autoplay=1"),
            Self::Vimeo(id) => format!("https://player.vimeo.com/video/{id}?dnt=1&autoplay=1"),
        }
    }
}

fn youtube_id(id: &str) -> Option<Video> {
    let valid = id.len() == 11
        && id
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || byte == b'_' || byte == b'-');
    valid.then(|| Video::YouTube(id.to_owned()))
}

fn vimeo_id(id: &str) -> Option<Video> {
    let valid = (1..=12).contains(&id.len()) && id.bytes().all(|byte| byte.is_ascii_digit());
    valid.then(|| Video::Vimeo(id.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn youtube(id: &str) -> Option<Video> {
        Some(Video::YouTube(id.into()))
    }

    #[test]
    fn youtube_addresses_in_their_three_shapes() {
        let id = "dQw4w9WgXcQ";
        for url in [
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=10",
            "https://m.youtube.com/watch?v=dQw4w9WgXcQ#comments",
            "http://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://youtu.be/dQw4w9WgXcQ",
            "https://youtu.be/dQw4w9WgXcQ?si=abc",
            "https://www.youtube.com/embed/dQw4w9WgXcQ",
            "https://www.YouTube.com/embed/dQw4w9WgXcQ",
        ] {
            assert_eq!(Video::from_url(url), youtube(id), "{url}");
        }
        assert_eq!(
            youtube(id).unwrap().player_url(),
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"
        );
    }

    #[test]
    fn vimeo_addresses() {
        for url in [
            "https://vimeo.com/76979871",
            "https://player.vimeo.com/video/76979871",
        ] {
            assert_eq!(Video::from_url(url), Some(Video::Vimeo("76979871".into())));
        }
        assert_eq!(
            Video::Vimeo("76979871".into()).player_url(),
            "https://player.vimeo.com/video/76979871?dnt=1&autoplay=1"
        );
    }

    #[test]
    fn anything_else_stays_a_link() {
        for url in [
            "https://www.imdb.com/video/vi123/",
            "https://www.youtube.com/watch?v=short",
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ%22onload",
            "https://www.youtube.com/watch?vv=dQw4w9WgXcQ",
            "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
            "https://youtube.com@evil.example/embed/dQw4w9WgXcQ",
            "https://youtube.com:8443/embed/dQw4w9WgXcQ",
            "https://evil.example/youtu.be/dQw4w9WgXcQ",
            "https://vimeo.com/channels/staffpicks/76979871",
            "https://vimeo.com/7697abc",
            "javascript:alert(1)//youtu.be/dQw4w9WgXcQ",
            "ftp://youtu.be/dQw4w9WgXcQ",
        ] {
            assert_eq!(Video::from_url(url), None, "{url}");
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn a_player_address_is_built_from_safe_characters_only(url in "\\\\PC{0,80}") {
            if let Some(video) = Video::from_url(&url) {
                let player = video.player_url();
                prop_assert!(player.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_:/.?=&".contains(&b)), "{}", player);
            }
        }

        #[test]
        fn any_youtube_id_round_trips(id in "[A-Za-z0-9_-]{11}") {
            prop_assert_eq!(Video::from_url(&format!("https://youtu.be/{id}")), Some(Video::YouTube(id.clone())));
        }
    }
}
