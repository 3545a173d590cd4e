<?php
/**
 * What the page holds around a card besides the card: the plain fallback (fallback.php) for
 * readers without JavaScript, crawlers and feeds, and the hints that start the bundle's files
 * early.
 *
 * The fallback goes in a <noscript> inside the <film-card>: a reader whose browser runs scripts
 * never lays it out (no shift when the card appears); one that runs none shows it, and so does a
 * crawler that reads the HTML. In a feed the card is the fallback alone. It is written into the
 * post as a placeholder comment, which wptexturize, wpautop and the shortcode pass leave alone,
 * and put in place last, so no filter changes its text.
 *
 * @package Filmcard
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

require_once __DIR__ . '/fallback.php';

add_filter( 'the_content', 'filmcard_restore_fallbacks', 999 );
add_action( 'wp_head', 'filmcard_head_hints', 1 );

/**
 * The fallbacks written for this request, by their placeholder's key.
 *
 * @param string|null $html A fallback to keep, or null to read them all.
 * @return string|array The placeholder for `$html`, or every fallback by its key.
 */
function filmcard_fallbacks( $html = null ) {
	static $kept = array();
	if ( null === $html ) {
		return $kept;
	}
	$key          = md5( $html );
	$kept[ $key ] = $html;
	return '<!--filmcard-fallback:' . $key . '-->';
}

/**
 * Puts each fallback in its placeholder's place, once the post's text filters have run.
 *
 * @param string $content The post's content.
 * @return string
 */
function filmcard_restore_fallbacks( $content ) {
	if ( false === strpos( $content, '<!--filmcard-fallback:' ) ) {
		return $content;
	}
	$kept = filmcard_fallbacks();
	return preg_replace_callback(
		'/<!--filmcard-fallback:([0-9a-f]{32})-->/',
		function ( $m ) use ( $kept ) {
			return isset( $kept[ $m[1] ] ) ? $kept[ $m[1] ] : '';
		},
		$content
	);
}

/**
 * The placeholder of the card's fallback, or '' when the card has no inline film the card would
 * accept.
 *
 * @param array       $passed The card's attributes that were passed through, by name.
 * @param string|null $json   The film's JSON, or null.
 * @return string
 */
function filmcard_fallback_placeholder( $passed, $json ) {
	if ( null === $json ) {
		return '';
	}
	$lang     = isset( $passed['lang'] ) ? $passed['lang'] : 'en';
	$heading  = isset( $passed['heading-level'] ) ? (int) $passed['heading-level'] : 2;
	$fallback = filmcard_fallback_html( $json, $lang, $heading );
	return null === $fallback ? '' : filmcard_fallbacks( $fallback );
}

/**
 * The card in the page: after its element's children, the fallback for readers without
 * JavaScript.
 *
 * @param array       $passed The card's attributes that were passed through, by name.
 * @param string|null $json   The film's JSON, or null.
 * @return string
 */
function filmcard_noscript( $passed, $json ) {
	$placeholder = filmcard_fallback_placeholder( $passed, $json );
	return '' === $placeholder ? '' : '<noscript>' . $placeholder . '</noscript>';
}

/**
 * The card in a feed: its fallback; a card whose film is elsewhere (`src=`), a link to the post.
 *
 * @param array       $passed The card's attributes that were passed through, by name.
 * @param string|null $json   The film's JSON, or null.
 * @param string      $src    The film's address, or ''.
 * @return string
 */
function filmcard_feed_card( $passed, $json, $src ) {
	if ( null === $json && '' !== $src ) {
		return '<p><a href="' . esc_url( get_permalink() ) . '">' . esc_html__( 'The film and its reviews are on the post\'s page.', 'filmcard' ) . '</a></p>';
	}
	return filmcard_fallback_placeholder( $passed, $json );
}

/**
 * Whether the page shown is a post or page whose content holds a card.
 *
 * @return bool
 */
function filmcard_page_has_card() {
	if ( ! is_singular() ) {
		return false;
	}
	$post = get_queried_object();
	return $post instanceof WP_Post && ( has_block( 'filmcard/card', $post ) || has_shortcode( $post->post_content, 'filmcard' ) );
}

/**
 * On a post or page with a card, hints in the head that start the bundle's files before the
 * entry asks for them: the glue as a modulepreload and the wasm as a preload (fetched as the
 * entry fetches it, so the browser uses the one download). Before WordPress 6.5, where the entry
 * is a script at the foot of the page rather than a script module, the entry too.
 */
function filmcard_head_hints() {
	if ( ! filmcard_page_has_card() ) {
		return;
	}
	$entry = filmcard_bundle_url();
	$base  = preg_replace( '#[^/]*$#', '', (string) strtok( $entry, '?#' ) );
	if ( ! function_exists( 'wp_enqueue_script_module' ) ) {
		printf( "<link rel=\"modulepreload\" href=\"%s\">\n", esc_url( $entry ) );
	}
	printf( "<link rel=\"modulepreload\" href=\"%s\">\n", esc_url( $base . 'filmcard-core.js' ) );
	printf( "<link rel=\"preload\" href=\"%s\" as=\"fetch\" type=\"application/wasm\" crossorigin>\n", esc_url( $base . 'filmcard-core_bg.wasm' ) );
}
