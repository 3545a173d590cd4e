<?php
/**
 * The card's plain fallback, written on the server: the same markup as `filmcard render
 * --fallback-only` (the title, what a series, season or episode is, certificate and date,
 * synopsis, trailer link, and each review as a <blockquote> with its <cite>), for feeds, crawlers
 * and readers without JavaScript. The words of each language come from fallback-words.json,
 * written from the card's own tables (`cargo run -p filmcard-tooling --bin contract fallback-words`).
 *
 * The film is read with the card's rules for what the fallback shows; data the card would refuse
 * there gets no fallback (the card shows its error box instead). Every text is escaped.
 *
 * @package Filmcard
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

require_once __DIR__ . '/markup.php';

/**
 * The words of fallback-words.json.
 *
 * @return array
 */
function filmcard_fallback_words() {
	static $words = null;
	if ( null === $words ) {
		$words = json_decode( (string) file_get_contents( __DIR__ . '/fallback-words.json' ), true );
		if ( ! is_array( $words ) ) {
			$words = array(
				'languages'  => array(),
				'labelKeys'  => array(),
				'whiteSpace' => array(),
			);
		}
	}
	return $words;
}

/**
 * A character class of the code points the card trims off text (Rust's white space).
 *
 * @return string
 */
function filmcard_space_class() {
	static $class = null;
	if ( null === $class ) {
		$class = '';
		foreach ( filmcard_fallback_words()['whiteSpace'] as $range ) {
			$class .= sprintf( '\x{%x}-\x{%x}', $range[0], $range[1] );
		}
		$class = '[' . ( '' === $class ? '\s' : $class ) . ']';
	}
	return $class;
}

/**
 * Text without the white space around it, as the card trims it.
 *
 * @param string $text The text.
 * @return string
 */
function filmcard_trim( $text ) {
	$space = filmcard_space_class();
	return (string) preg_replace( '/^' . $space . '+|' . $space . '+$/u', '', $text );
}

/**
 * Thrown where the card would refuse the data.
 */
class Filmcard_Refused extends Exception {
}

/**
 * A field's value; null counts as absent.
 *
 * @param object $fields The object.
 * @param string $name   The field.
 * @return mixed
 */
function filmcard_field( $fields, $name ) {
	return isset( $fields->$name ) ? $fields->$name : null;
}

/**
 * Text, blank text counted as absent.
 *
 * @param object $fields The object.
 * @param string $name   The field.
 * @return string|null
 * @throws Filmcard_Refused When it is not text.
 */
function filmcard_text( $fields, $name ) {
	$value = filmcard_field( $fields, $name );
	if ( null === $value ) {
		return null;
	}
	if ( ! is_string( $value ) ) {
		throw new Filmcard_Refused( $name );
	}
	return '' === filmcard_trim( $value ) ? null : $value;
}

/**
 * Text that must be there.
 *
 * @param object $fields The object.
 * @param string $name   The field.
 * @return string
 * @throws Filmcard_Refused When it is missing or not text.
 */
function filmcard_required_text( $fields, $name ) {
	$text = filmcard_text( $fields, $name );
	if ( null === $text ) {
		throw new Filmcard_Refused( $name );
	}
	return $text;
}

/**
 * An object, or null when absent.
 *
 * @param object $fields The object.
 * @param string $name   The field.
 * @return object|null
 * @throws Filmcard_Refused When it is not an object.
 */
function filmcard_object( $fields, $name ) {
	$value = filmcard_field( $fields, $name );
	if ( null !== $value && ! $value instanceof stdClass ) {
		throw new Filmcard_Refused( $name );
	}
	return $value;
}

/**
 * A date written YYYY, YYYY-MM or YYYY-MM-DD that exists, as [year, month, day] (month and day
 * may be null).
 *
 * @param object $fields The object.
 * @param string $name   The field.
 * @return int[]|null
 * @throws Filmcard_Refused When it is not such a date.
 */
function filmcard_date( $fields, $name ) {
	$text = filmcard_text( $fields, $name );
	if ( null === $text ) {
		return null;
	}
	if ( ! preg_match( '/^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$/D', $text, $m ) || 0 === (int) $m[1] ) {
		throw new Filmcard_Refused( $name );
	}
	$year  = (int) $m[1];
	$month = isset( $m[2] ) ? (int) $m[2] : null;
	$day   = isset( $m[3] ) ? (int) $m[3] : null;
	if ( null !== $month && ( $month < 1 || $month > 12 ) ) {
		throw new Filmcard_Refused( $name );
	}
	if ( null !== $day && ( $day < 1 || ! checkdate( $month, $day, $year ) ) ) {
		throw new Filmcard_Refused( $name );
	}
	return array( $year, $month, $day );
}

/**
 * A web address as the card accepts it: http or https, a host, no credentials, nothing hidden.
 *
 * @param object $fields The object.
 * @param string $name   The field.
 * @return string
 * @throws Filmcard_Refused When the card would refuse it.
 */
function filmcard_url( $fields, $name ) {
	$url    = filmcard_required_text( $fields, $name );
	$hidden = '/' . filmcard_space_class() . '|\p{Cc}|[\x{ad}\x{61c}\x{180e}\x{200b}-\x{200f}\x{202a}-\x{202e}\x{2060}-\x{2064}\x{2066}-\x{206f}\x{feff}\x{fff9}-\x{fffb}]/u';
	if ( preg_match( $hidden, $url ) || false !== strpos( $url, '\\' ) ) {
		throw new Filmcard_Refused( $name );
	}
	if ( ! preg_match( '#^https?://([^/?\#]*)#iD', $url, $m ) || '' === $m[1] || ':' === $m[1][0] || false !== strpos( $m[1], '@' ) ) {
		throw new Filmcard_Refused( $name );
	}
	return $url;
}

/**
 * A season's or an episode's number: a whole number from 0 to 99,999.
 *
 * @param object $fields The object.
 * @param string $name   The field.
 * @return int|null
 * @throws Filmcard_Refused When it is not.
 */
function filmcard_number( $fields, $name ) {
	$value = filmcard_field( $fields, $name );
	if ( null === $value ) {
		return null;
	}
	if ( ! is_int( $value ) || $value < 0 || $value > 99999 ) {
		throw new Filmcard_Refused( $name );
	}
	return $value;
}

/**
 * The film as the fallback shows it.
 *
 * @param string $json The film's JSON.
 * @return array|null Null when the card would refuse it.
 */
function filmcard_fallback_film( $json ) {
	$value = json_decode( preg_replace( '/^\x{feff}/u', '', $json ) );
	if ( ! $value instanceof stdClass ) {
		return null;
	}
	try {
		$film    = array(
			'title'       => filmcard_required_text( $value, 'title' ),
			'certificate' => filmcard_text( $value, 'certificate' ),
			'synopsis'    => filmcard_text( $value, 'synopsis' ),
			'reviews'     => array(),
			'labels'      => array(),
			'work'        => null,
		);
		$release = filmcard_object( $value, 'release' );
		if ( null !== $release ) {
			$film['date']   = filmcard_date( $release, 'date' );
			$film['region'] = filmcard_text( $release, 'region' );
		}
		$trailer = filmcard_object( $value, 'trailer' );
		if ( null !== $trailer ) {
			$film['trailer'] = array( filmcard_url( $trailer, 'url' ), filmcard_text( $trailer, 'label' ), filmcard_date( $trailer, 'uploaded' ) );
		}
		$poster = filmcard_object( $value, 'poster' );
		if ( null !== $poster ) {
			filmcard_url( $poster, 'url' );
			filmcard_text( $poster, 'alt' );
		}
		$reviews = filmcard_field( $value, 'reviews' );
		if ( null !== $reviews && ! is_array( $reviews ) ) {
			throw new Filmcard_Refused( 'reviews' );
		}
		foreach ( (array) $reviews as $review ) {
			if ( ! $review instanceof stdClass ) {
				throw new Filmcard_Refused( 'reviews' );
			}
			$film['reviews'][] = array( filmcard_required_text( $review, 'author' ), filmcard_required_text( $review, 'text' ), filmcard_date( $review, 'date' ) );
		}
		$labels = filmcard_object( $value, 'labels' );
		foreach ( null === $labels ? array() : get_object_vars( $labels ) as $key => $text ) {
			if ( ! in_array( (string) $key, filmcard_fallback_words()['labelKeys'], true ) ) {
				throw new Filmcard_Refused( 'labels' );
			}
			$text = filmcard_text( $labels, $key );
			if ( null !== $text ) {
				$film['labels'][ $key ] = $text;
			}
		}
		$film['work'] = filmcard_fallback_work( $value );
	} catch ( Filmcard_Refused $refused ) {
		return null;
	}
	return $film;
}

/**
 * What the card is about: null for a film, else [kind, series, season, episode, ended].
 *
 * @param object $film The film's JSON object.
 * @return array|null
 * @throws Filmcard_Refused When the card would refuse it.
 */
function filmcard_fallback_work( $film ) {
	$kind = filmcard_field( $film, 'kind' );
	if ( null === $kind ) {
		$kind = 'film';
	} elseif ( ! is_string( $kind ) || ! in_array( filmcard_trim( $kind ), array( 'film', 'series', 'season', 'episode' ), true ) ) {
		throw new Filmcard_Refused( 'kind' );
	}
	$kind    = filmcard_trim( $kind );
	$belongs = array(
		'ended'   => 'series' === $kind,
		'series'  => 'season' === $kind || 'episode' === $kind,
		'season'  => 'season' === $kind || 'episode' === $kind,
		'episode' => 'episode' === $kind,
	);
	foreach ( $belongs as $name => $fits ) {
		if ( ! $fits && null !== filmcard_field( $film, $name ) ) {
			throw new Filmcard_Refused( $name );
		}
	}
	if ( 'film' === $kind ) {
		return null;
	}
	return array(
		$kind,
		$belongs['series'] ? filmcard_text( $film, 'series' ) : null,
		$belongs['season'] ? filmcard_number( $film, 'season' ) : null,
		'episode' === $kind ? filmcard_number( $film, 'episode' ) : null,
		'series' === $kind ? filmcard_date( $film, 'ended' ) : null,
	);
}

/**
 * A template's `{name}` placeholders filled in, as the card fills them.
 *
 * @param string $template The template.
 * @param array  $values   Name to text.
 * @return string
 */
function filmcard_fill( $template, $values ) {
	$out  = '';
	$rest = $template;
	while ( false !== ( $open = strpos( $rest, '{' ) ) ) {
		$out  .= substr( $rest, 0, $open );
		$after = (string) substr( $rest, $open + 1 );
		$close = strpos( $after, '}' );
		$name  = false === $close ? null : substr( $after, 0, $close );
		if ( null !== $name && array_key_exists( $name, $values ) ) {
			$out  .= $values[ $name ];
			$rest  = (string) substr( $after, $close + 1 );
		} else {
			$out  .= '{';
			$rest  = $after;
		}
	}
	return $out . $rest;
}

/**
 * A date as a <time>, in the language's words.
 *
 * @param int[] $date     [year, month, day].
 * @param array $language The language's words.
 * @return string
 */
function filmcard_fallback_time( $date, $language ) {
	list( $year, $month, $day ) = $date;
	$iso                        = sprintf( '%04d', $year ) . ( null === $month ? '' : sprintf( '-%02d', $month ) ) . ( null === $day ? '' : sprintf( '-%02d', $day ) );
	$pattern                    = null === $month ? 'year' : ( null === $day ? 'monthYear' : 'dayMonthYear' );
	$text                       = filmcard_fill(
		$language['dates'][ $pattern ],
		array(
			'day'   => null === $day ? '' : (string) $day,
			'month' => null === $month ? '' : $language['months'][ $month - 1 ],
			'year'  => (string) $year,
		)
	);
	return '<time datetime="' . $iso . '">' . filmcard_escape( $text ) . '</time>';
}

/**
 * Text as its paragraphs (runs of lines between blank lines), each a <p> with its line breaks as
 * <br>.
 *
 * @param string $text The text.
 * @return string
 */
function filmcard_fallback_paragraphs( $text ) {
	$html  = '';
	$lines = array();
	foreach ( array_merge( explode( "\n", $text ), array( '' ) ) as $line ) {
		if ( '' !== filmcard_trim( $line ) ) {
			$lines[] = $line;
		} elseif ( $lines ) {
			$html .= '<p>' . implode( '<br>', array_map( 'filmcard_escape', explode( "\n", filmcard_trim( implode( "\n", $lines ) ) ) ) ) . '</p>';
			$lines = array();
		}
	}
	return $html;
}

/**
 * The line that says what a series, season or episode is.
 *
 * @param array $film     The film.
 * @param array $language The language's words.
 * @param array $labels   The labels, the film's own applied.
 * @return string|null
 */
function filmcard_fallback_work_line( $film, $language, $labels ) {
	if ( null === $film['work'] ) {
		return null;
	}
	list( $kind, $series, $season, $episode, $ended ) = $film['work'];
	$numbered = function ( $label, $number ) {
		return null === $number ? null : filmcard_fill( $label, array( 'number' => (string) $number ) );
	};
	if ( 'series' === $kind ) {
		$start = empty( $film['date'] ) ? null : (string) $film['date'][0];
		$end   = null === $ended ? null : (string) $ended[0];
		$years = null === $start && null === $end ? null : ( $start === $end ? $start : $start . '–' . $end );
		$parts = array( $labels['tvSeries'], $years );
	} elseif ( 'season' === $kind ) {
		$parts = array( $series, $numbered( $labels['seasonNumber'], $season ) ?? $labels['tvSeason'] );
	} else {
		$parts = array( $series, $numbered( $labels['seasonNumber'], $season ), $numbered( $labels['episodeNumber'], $episode ) ?? $labels['tvEpisode'] );
	}
	$parts = array_filter(
		$parts,
		function ( $part ) {
			return null !== $part && '' !== $part;
		}
	);
	return implode( $language['listSeparator'], $parts );
}

/**
 * The fallback's HTML for the film in `$json`, in the language `$lang` with the title at
 * `$heading_level`; null when the card would refuse the data.
 *
 * @param string $json          The film's JSON.
 * @param string $lang          The card's language tag.
 * @param int    $heading_level The title's heading level, 1 to 5.
 * @return string|null
 */
function filmcard_fallback_html( $json, $lang = 'en', $heading_level = 2 ) {
	$film = filmcard_fallback_film( $json );
	if ( null === $film ) {
		return null;
	}
	$languages = filmcard_fallback_words()['languages'];
	$primary   = strtolower( (string) preg_split( '/[-_]/', filmcard_trim( $lang ) )[0] );
	$language  = isset( $languages[ $primary ] ) ? $languages[ $primary ] : $languages['en'];
	$labels    = array_merge( $language['labels'], array_intersect_key( $film['labels'], $language['labels'] ) );
	$level     = max( 1, min( 5, (int) $heading_level ) );
	$html      = '<h' . $level . '>' . filmcard_escape( $film['title'] ) . '</h' . $level . '>';
	$work      = filmcard_fallback_work_line( $film, $language, $labels );
	if ( null !== $work ) {
		$html .= '<p>' . filmcard_escape( $work ) . '</p>';
	}
	$date   = isset( $film['date'] ) ? $film['date'] : null;
	$region = isset( $film['region'] ) ? $film['region'] : null;
	if ( null !== $film['certificate'] || null !== $date || null !== $region ) {
		$html .= '<p>';
		if ( null !== $film['certificate'] ) {
			$html .= filmcard_escape( $labels['rated'] . ' ' . $film['certificate'] ) . ( null !== $date || null !== $region ? ' · ' : '' );
		}
		if ( null !== $date ) {
			$html .= filmcard_fallback_time( $date, $language );
		}
		if ( null !== $region ) {
			$html .= filmcard_escape( null !== $date ? ' (' . $region . ')' : '(' . $region . ')' );
		}
		$html .= '</p>';
	}
	if ( null !== $film['synopsis'] ) {
		$html .= filmcard_fallback_paragraphs( $film['synopsis'] );
	}
	if ( isset( $film['trailer'] ) ) {
		list( $url, $label ) = $film['trailer'];
		$name                = null !== $label ? $label : filmcard_fill( $labels['trailerName'], array( 'title' => $film['title'] ) );
		$html               .= '<p><a href="' . filmcard_escape_attribute( $url ) . '">' . filmcard_escape( $name ) . '</a></p>';
	}
	if ( $film['reviews'] ) {
		$section = 'h' . min( 6, $level + 1 );
		$html   .= '<' . $section . '>' . filmcard_escape( $labels['reviews'] ) . '</' . $section . '>';
		foreach ( $film['reviews'] as list( $author, $text, $date ) ) {
			$html .= '<blockquote>' . filmcard_fallback_paragraphs( $text ) . '<footer>— <cite>' . filmcard_escape( $author ) . '</cite>';
			if ( null !== $date ) {
				$html .= ', ' . filmcard_fallback_time( $date, $language );
			}
			$html .= '</footer></blockquote>';
		}
	}
	return $html;
}
