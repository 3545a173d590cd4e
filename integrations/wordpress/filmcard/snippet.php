<?php
/**
 * The prerendered card a Film card block holds: made in the block editor by the card's own
 * renderer (prerender/, the same as `filmcard render`) and stored in the block's attributes, it
 * is untrusted on the way back, since an Author can send any attributes. It is used only when it
 * was made by the renderer of this plugin's allowlist, from the block's own JSON and options
 * (its key), and when every tag of it passes snippet-allowlist.json, written from the card's
 * markup: the card's elements, their attributes, the card's classes, the few words some
 * attributes take, and, for addresses, only the film's own. Anything else and none of it is
 * printed: the card renders at run time. What passes is written out again, every text and value
 * escaped, never the stored text itself. Neither kses nor `unfiltered_html` plays a part.
 *
 * @package Filmcard
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

require_once __DIR__ . '/markup.php';

/**
 * The allowlist of snippet-allowlist.json.
 *
 * @return array
 */
function filmcard_snippet_allowlist() {
	static $allowlist = null;
	if ( null === $allowlist ) {
		$allowlist = json_decode( (string) file_get_contents( __DIR__ . '/snippet-allowlist.json' ), true );
		if ( ! is_array( $allowlist ) || ! isset( $allowlist['renderer'], $allowlist['elements'], $allowlist['void'], $allowlist['classes'], $allowlist['values'], $allowlist['urls'] ) ) {
			$allowlist = null;
			return null;
		}
	}
	return $allowlist;
}

/**
 * The key of a film's JSON and the card's options, as the renderer computes it (FNV-1a of the
 * JSON with `<`, `>` and `&` as JSON escapes, then each `name=value` in the order of the names).
 *
 * @param string $json    The film's JSON as the block holds it.
 * @param array  $options The options passed to the card, by name.
 * @return string
 */
function filmcard_snippet_key( $json, $options ) {
	ksort( $options, SORT_STRING );
	$text = str_replace( array( '<', '>', '&' ), array( '\u003c', '\u003e', '\u0026' ), $json ) . "\n";
	foreach ( $options as $name => $value ) {
		$text .= $name . '=' . $value . "\n";
	}
	return hash( 'fnv1a64', $text );
}

/**
 * The web addresses of a film: its trailer's and its poster's.
 *
 * @param string $json The film's JSON.
 * @return string[]
 */
function filmcard_snippet_urls( $json ) {
	$film = json_decode( $json, true );
	$urls = array();
	foreach ( array( 'trailer', 'poster' ) as $field ) {
		if ( is_array( $film ) && isset( $film[ $field ]['url'] ) && is_string( $film[ $field ]['url'] ) ) {
			$urls[] = $film[ $field ]['url'];
		}
	}
	return $urls;
}

/**
 * One start tag's attributes, written out again, or null when one is not allowed.
 *
 * @param string $element    The element.
 * @param string $attributes The tag's attributes as written.
 * @param array  $allowlist  The allowlist.
 * @param array  $urls       The film's addresses.
 * @return string|null
 */
function filmcard_snippet_attributes( $element, $attributes, $allowlist, $urls ) {
	preg_match_all( '/\s+([a-z][a-z0-9-]*)(?:="([^"<]*)")?/', $attributes, $found, PREG_SET_ORDER );
	if ( implode( '', array_column( $found, 0 ) ) !== $attributes ) {
		return null;
	}
	$written = '';
	$names   = array();
	foreach ( $found as $attribute ) {
		$name  = $attribute[1];
		$value = html_entity_decode( isset( $attribute[2] ) ? $attribute[2] : '', ENT_QUOTES | ENT_HTML5, 'UTF-8' );
		if ( isset( $names[ $name ] ) || ! in_array( $name, $allowlist['elements'][ $element ], true ) ) {
			return null;
		}
		$names[ $name ] = true;
		if ( isset( $allowlist['values'][ $name ] ) && ! in_array( $value, $allowlist['values'][ $name ], true ) ) {
			return null;
		}
		if ( in_array( $name, $allowlist['urls'], true ) && ! in_array( $value, $urls, true ) ) {
			return null;
		}
		if ( 'class' === $name && array_diff( preg_split( '/\s+/', trim( $value ) ), $allowlist['classes'] ) ) {
			return null;
		}
		$written .= ' ' . $name . '="' . filmcard_escape_attribute( $value ) . '"';
	}
	return $written;
}

/**
 * The card's markup written out again when every tag passes the allowlist; null otherwise.
 * The markup must be as the renderer writes it: tags with double-quoted values, text, no
 * comments, every element closed in order.
 *
 * @param string $markup The stored markup.
 * @param array  $urls   The film's addresses.
 * @return string|null
 */
function filmcard_snippet_clean( $markup, $urls ) {
	$allowlist = filmcard_snippet_allowlist();
	if ( null === $allowlist || ! is_string( $markup ) || '' === $markup || ! preg_match( '//u', $markup ) ) {
		return null;
	}
	$tokens = preg_split( '/(<[^>]*>)/', $markup, -1, PREG_SPLIT_DELIM_CAPTURE | PREG_SPLIT_NO_EMPTY );
	$open   = array();
	$out    = '';
	foreach ( $tokens as $token ) {
		if ( '<' !== $token[0] ) {
			if ( false !== strpos( $token, '>' ) ) {
				return null;
			}
			$out .= filmcard_escape( html_entity_decode( $token, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
		} elseif ( preg_match( '#^</([a-z][a-z0-9]*)>$#D', $token, $m ) ) {
			if ( array_pop( $open ) !== $m[1] ) {
				return null;
			}
			$out .= $token;
		} elseif ( preg_match( '#^<([a-z][a-z0-9]*)((?:\s[^>]*)?)>$#D', $token, $m ) && isset( $allowlist['elements'][ $m[1] ] ) ) {
			$attributes = filmcard_snippet_attributes( $m[1], $m[2], $allowlist, $urls );
			if ( null === $attributes ) {
				return null;
			}
			$out .= '<' . $m[1] . $attributes . '>';
			if ( ! in_array( $m[1], $allowlist['void'], true ) ) {
				$open[] = $m[1];
			}
		} else {
			return null;
		}
	}
	return array() === $open ? $out : null;
}

/**
 * The prerendered card of a Film card block, checked and written out again, or null when it has
 * none it may use.
 *
 * @param array  $attributes The block's attributes.
 * @param string $json       The film's JSON as the block holds it.
 * @param array  $options    The options passed to the card, by name.
 * @return string|null
 */
function filmcard_snippet_card( $attributes, $json, $options ) {
	$allowlist = filmcard_snippet_allowlist();
	$fields    = array( 'prerendered', 'prerenderedKey', 'prerenderedBy' );
	foreach ( $fields as $field ) {
		if ( ! isset( $attributes[ $field ] ) || ! is_string( $attributes[ $field ] ) ) {
			return null;
		}
	}
	if ( null === $allowlist || $attributes['prerenderedBy'] !== $allowlist['renderer'] || ! hash_equals( filmcard_snippet_key( $json, $options ), $attributes['prerenderedKey'] ) ) {
		return null;
	}
	// The block editor stores the markup with `<`, `>` and `&` as JSON escapes, which kses (run on
	// every block attribute of an Author's post) leaves alone.
	$markup = str_replace( array( '\u003c', '\u003e', '\u0026' ), array( '<', '>', '&' ), $attributes['prerendered'] );
	return filmcard_snippet_clean( $markup, filmcard_snippet_urls( $json ) );
}

/**
 * The stylesheet prerendered cards link from their shadow root: the bundle's filmcard.css.
 *
 * @return string
 */
function filmcard_stylesheet_url() {
	return preg_replace( '#[^/]*$#', '', (string) strtok( filmcard_bundle_url(), '?#' ) ) . 'filmcard.css';
}
