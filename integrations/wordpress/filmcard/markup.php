<?php
/**
 * Text and attribute values as the plugin writes them into the markup it prints of a card (the
 * fallback, the prerendered card).
 *
 * @package Filmcard
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Text as an HTML attribute's value.
 *
 * @param string $text The text.
 * @return string
 */
function filmcard_escape_attribute( $text ) {
	return str_replace( array( '[', ']' ), array( '&#91;', '&#93;' ), htmlspecialchars( $text, ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML5, 'UTF-8' ) );
}

/**
 * Text as HTML text. Besides `<`, `>`, `&` and quotes, the characters WordPress's text filters
 * rewrite when they run over the whole page (a block theme's template): dashes and dots
 * (wptexturize), brackets (shortcodes), colons and parentheses (smilies), `x` between digits,
 * are written as character references, which read as the same text.
 *
 * @param string $text The text.
 * @return string
 */
function filmcard_escape( $text ) {
	return strtr(
		htmlspecialchars( $text, ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML5, 'UTF-8' ),
		array(
			'-' => '&#45;',
			'.' => '&#46;',
			'x' => '&#120;',
			'(' => '&#40;',
			')' => '&#41;',
			'[' => '&#91;',
			']' => '&#93;',
			':' => '&#58;',
			'`' => '&#96;',
		)
	);
}
