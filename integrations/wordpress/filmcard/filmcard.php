<?php
/**
 * Plugin Name:       Filmcard
 * Description:       A film card with collapsible reader reviews: the [filmcard] shortcode and the "Film card" block, for every author of the blog.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       filmcard
 *
 * The card is written at display time, after kses has run on the post, so an Author (who may not
 * save <script> or unknown tags) can use it. The shortcode is expanded on the stored text before
 * wptexturize and wpautop (the_content priority 7, before even WordPress's own [embed] at 8), and the film's
 * JSON is written on one line with `<`, `>`, `&`, `[` and `]` escaped, so neither those filters
 * nor the later shortcode pass can change it.
 *
 * @package Filmcard
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The bundle's URL when it is not the copy shipped inside the plugin. */
const FILMCARD_OPTION = 'filmcard_bundle_url';
/** Whether posts with a Film card block get the film's JSON-LD in their head: '1' (default) or '0'. */
const FILMCARD_JSON_LD_OPTION = 'filmcard_json_ld';
/** The script handle (and script module id) of the bundle's entry, filmcard.js. */
const FILMCARD_HANDLE = 'filmcard';

require_once __DIR__ . '/page.php';
require_once __DIR__ . '/settings.php';
require_once __DIR__ . '/snippet.php';

register_activation_hook( __FILE__, 'filmcard_activate' );
add_action( 'init', 'filmcard_init' );
add_filter( 'the_content', 'filmcard_expand_early', 7 );
add_filter( 'content_save_pre', 'filmcard_protect_on_save', 9 );
add_action( 'enqueue_block_editor_assets', 'filmcard_enqueue' );
add_action( 'wp_head', 'filmcard_head_json_ld' );

/** Sets the option's default once, never overwriting a URL already set. */
function filmcard_activate() {
	add_option( FILMCARD_OPTION, '' );
	add_option( FILMCARD_JSON_LD_OPTION, '1' );
}

/** Registers the shortcode, the block and the block's editor script. */
function filmcard_init() {
	add_shortcode( 'filmcard', 'filmcard_shortcode' );
	wp_register_script(
		'filmcard-block-editor',
		plugins_url( 'block-editor.js', __FILE__ ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		filemtime( __DIR__ . '/block-editor.js' ),
		true
	);
	wp_add_inline_script( 'filmcard-block-editor', 'window.filmcardAttributes = ' . wp_json_encode( filmcard_allowed() ) . ';', 'before' );
	wp_add_inline_script( 'filmcard-block-editor', 'window.filmcardSchemaModule = ' . wp_json_encode( plugins_url( 'schema/filmcard-schema.js', __FILE__ ) ) . ';', 'before' );
	wp_add_inline_script( 'filmcard-block-editor', 'window.filmcardPrerenderModule = ' . wp_json_encode( plugins_url( 'prerender/filmcard-prerender.js', __FILE__ ) ) . ';', 'before' );
	register_block_type( __DIR__ . '/block.json', array( 'render_callback' => 'filmcard_render_block' ) );
}

/**
 * The attributes passed through to the card and what each takes, from attributes.json (written
 * from the card's own contract): `[min, max]`, a list of words, or "tag" for a language tag.
 *
 * @return array<string, mixed>
 */
function filmcard_allowed() {
	static $allowed = null;
	if ( null === $allowed ) {
		$allowed = json_decode( (string) file_get_contents( __DIR__ . '/attributes.json' ), true );
		if ( ! is_array( $allowed ) ) {
			$allowed = array();
		}
	}
	return $allowed;
}

/**
 * Checks one attribute against attributes.json.
 *
 * @param string $name  The attribute's name.
 * @param mixed  $value What the author wrote.
 * @return string|null The value to pass through, or null when the card would refuse it.
 */
function filmcard_valid_value( $name, $value ) {
	$allowed = filmcard_allowed();
	if ( ! isset( $allowed[ $name ] ) || ! is_scalar( $value ) ) {
		return null;
	}
	$spec  = $allowed[ $name ];
	$value = trim( (string) $value );
	if ( 'tag' === $spec ) {
		return preg_match( '/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/', $value ) ? $value : null;
	}
	if ( is_int( $spec[0] ) ) {
		if ( ! preg_match( '/^\+?[0-9]{1,20}$/', $value ) ) {
			return null;
		}
		$number = ltrim( ltrim( $value, '+' ), '0' );
		$number = '' === $number ? '0' : $number;
		// Compared as decimal strings: the range may exceed a 32-bit PHP integer.
		$min = (string) $spec[0];
		$max = (string) $spec[1];
		$cmp = function ( $a, $b ) {
			return strlen( $a ) === strlen( $b ) ? strcmp( $a, $b ) : strlen( $a ) - strlen( $b );
		};
		return ( $cmp( $number, $min ) >= 0 && $cmp( $number, $max ) <= 0 ) ? $number : null;
	}
	$word = 'sort' === $name ? strtolower( $value ) : $value;
	return in_array( $word, $spec, true ) ? $word : null;
}

/**
 * The shortcode: `[filmcard]{film JSON}[/filmcard]`, `[filmcard src="film.json" /]`, with the
 * card's attributes (lang, theme, max-reviews, collapse-at, sort, trailer, loading,
 * heading-level).
 *
 * @param array|string $atts    The attributes.
 * @param string|null  $content The film's JSON, if any.
 * @return string The card.
 */
function filmcard_shortcode( $atts, $content = null ) {
	return filmcard_render( is_array( $atts ) ? $atts : array(), null === $content ? '' : $content );
}

/**
 * The block "Film card", rendered by the same code as the shortcode.
 *
 * @param array $attributes The block's attributes (json, src and the card's options).
 * @return string The card.
 */
function filmcard_render_block( $attributes ) {
	$atts = array();
	foreach ( $attributes as $key => $value ) {
		if ( ! in_array( $key, array( 'json', 'jsonLd', 'prerendered', 'prerenderedKey', 'prerenderedBy' ), true ) ) {
			$atts[ strtolower( preg_replace( '/[A-Z]/', '-$0', $key ) ) ] = $value;
		}
	}
	$json = isset( $attributes['json'] ) ? (string) $attributes['json'] : '';
	return filmcard_render( $atts, $json, get_block_wrapper_attributes( array( 'class' => 'filmcard' ) ), $attributes );
}

/**
 * The film's JSON as an author stored it, or as the visual editor or kses turned it into HTML
 * (paragraphs, line breaks, entities), whichever is JSON.
 *
 * @param string $text The shortcode's content.
 * @return array{0: string, 1: bool} The text to give the card, and whether it is JSON.
 */
function filmcard_read_json( $text ) {
	$text = trim( $text );
	json_decode( $text );
	if ( JSON_ERROR_NONE === json_last_error() ) {
		return array( $text, true );
	}
	$plain = preg_replace( '#</?p(\s[^>]*)?>|<br\s*/?>#i', "\n", $text );
	$plain = trim( str_replace( "\u{a0}", ' ', html_entity_decode( $plain, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) ) );
	json_decode( $plain );
	if ( JSON_ERROR_NONE === json_last_error() ) {
		return array( $plain, true );
	}
	return array( $text, false );
}

/**
 * Makes JSON text safe inside a <script> on one line that the_content's later filters leave
 * alone: `<`, `>` and `&` as \u escapes (so `</script>` cannot close the element), `[` and `]`
 * inside strings too (so no shortcode expands in it), no blank line for wpautop to split at
 * (wpautop keeps single line breaks inside a script).
 *
 * @param string $json JSON text, valid or not.
 * @return string
 */
function filmcard_script_text( $json ) {
	$json = str_replace( array( '<', '>', '&' ), array( '\u003c', '\u003e', '\u0026' ), $json );
	$json = preg_replace_callback(
		'/"(?:[^"\\\\]|\\\\.)*"/s',
		function ( $string ) {
			return str_replace( array( '[', ']' ), array( '\u005b', '\u005d' ), $string[0] );
		},
		$json
	);
	// Valid JSON arrives here on one line; invalid JSON keeps its line breaks (the card's error
	// box names a line), only without blank lines.
	return preg_replace( '/\s*\n\s*\n\s*/', "\n", str_replace( array( "\r\n", "\r" ), "\n", $json ) );
}

/**
 * The card's HTML: a <film-card> with the valid attributes and, with inline data, its JSON in a
 * child script and the fallback (page.php); in a feed, the fallback alone. The bundle is enqueued.
 *
 * @param array  $atts    Attributes as written (src and the card's options).
 * @param string $content The film's JSON, or ''.
 * @param string $wrapper The wrapper's attributes (the block's classes), or ''.
 * @param array  $block   A block's attributes, with the card it may hold prerendered (snippet.php).
 * @return string
 */
function filmcard_render( $atts, $content, $wrapper = '', $block = array() ) {
	$attributes = '';
	$notes      = '';
	$passed     = array();
	$src        = '';
	foreach ( $atts as $name => $value ) {
		$name = strtolower( (string) $name );
		if ( 'src' === $name ) {
			$src = esc_url( trim( (string) $value ), array( 'http', 'https' ) );
			if ( '' !== $src ) {
				$attributes .= ' src="' . $src . '"';
			}
			continue;
		}
		if ( '' === $value || null === $value ) {
			continue;
		}
		$valid = filmcard_valid_value( $name, $value );
		if ( null === $valid ) {
			// Readers never see it; the author finds it in the page's source.
			$notes .= '<!-- filmcard: ' . esc_html( str_replace( '--', '- -', $name . '="' . $value . '"' ) ) . ' is not passed to the card -->';
			continue;
		}
		$attributes     .= ' ' . $name . '="' . esc_attr( $valid ) . '"';
		$passed[ $name ] = $valid;
	}
	$data = '';
	$film = null;
	if ( '' !== trim( $content ) ) {
		list( $json, $valid ) = filmcard_read_json( $content );
		if ( $valid ) {
			$json = wp_json_encode( json_decode( $json ), JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
			$film = $json;
		}
		// Invalid JSON goes to the card as it is (escaped): the card shows its error box.
		$data = '<script type="application/json">' . filmcard_script_text( $json ) . '</script>';
	}
	$wrapper = '' === $wrapper ? 'class="filmcard"' : $wrapper;
	if ( is_feed() ) {
		return '<div ' . $wrapper . '>' . filmcard_feed_card( $passed, $film, $src ) . '</div>';
	}
	filmcard_enqueue();
	$card = null === $film ? null : filmcard_snippet_card( $block, $content, $passed );
	if ( null !== $card ) {
		// As `filmcard render` writes it: the card in its shadow root, the fallback beside its JSON.
		$root = '<template shadowrootmode="open"><link rel="stylesheet" href="' . esc_url( filmcard_stylesheet_url() ) . '"><slot hidden></slot>' . $card . '</template>';
		return '<div ' . $wrapper . '>' . $notes . '<film-card' . $attributes . ">\n" . $root . "\n" . $data . "\n" . filmcard_fallback_placeholder( $passed, $film ) . "\n</film-card></div>";
	}
	return '<div ' . $wrapper . '>' . $notes . '<film-card' . $attributes . '>' . $data . filmcard_noscript( $passed, $film ) . '</film-card></div>';
}

/**
 * Expands [filmcard] on the stored text, before wptexturize, wpautop and the blocks (shortcode
 * blocks run wpautop on their content) see its JSON.
 *
 * @param string $content The post's content.
 * @return string
 */
function filmcard_expand_early( $content ) {
	global $shortcode_tags;
	if ( false === strpos( $content, '[filmcard' ) ) {
		return $content;
	}
	$all = $shortcode_tags;
	remove_all_shortcodes();
	add_shortcode( 'filmcard', 'filmcard_shortcode' );
	$content        = do_shortcode( $content, true );
	$shortcode_tags = $all; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
	return $content;
}

/**
 * Before kses runs on a saved post (priority 10), writes `<`, `>` and `&` inside each
 * [filmcard]…[/filmcard] and in each Film card block's JSON as JSON escapes, which kses leaves
 * alone and JSON reads the same; HTML the visual editor put around the shortcode's JSON is taken
 * off first. The content is slashed here.
 *
 * @param string $content The post's content, slashed.
 * @return string
 */
function filmcard_protect_on_save( $content ) {
	if ( ! is_string( $content ) ) {
		return $content;
	}
	// The block's JSON: kses filters each block attribute as HTML (WordPress 5.3.1+).
	$content = preg_replace_callback(
		'/<!-- wp:filmcard\/card (\{.*?\}) (\/)?-->/s',
		function ( $m ) {
			$attributes = json_decode( wp_unslash( $m[1] ), true );
			if ( ! is_array( $attributes ) || ! isset( $attributes['json'] ) || ! is_string( $attributes['json'] ) ) {
				return $m[0];
			}
			$attributes['json'] = str_replace( array( '<', '>', '&' ), array( '\u003c', '\u003e', '\u0026' ), $attributes['json'] );
			return '<!-- wp:filmcard/card ' . wp_slash( serialize_block_attributes( $attributes ) ) . ' ' . ( isset( $m[2] ) ? $m[2] : '' ) . '-->';
		},
		$content
	);
	if ( false === strpos( $content, '[filmcard' ) ) {
		return $content;
	}
	return preg_replace_callback(
		'/' . get_shortcode_regex( array( 'filmcard' ) ) . '/',
		function ( $m ) {
			if ( '[' === $m[1] || ! isset( $m[5] ) || '' === $m[5] ) {
				return $m[0];
			}
			list( $json ) = filmcard_read_json( wp_unslash( $m[5] ) );
			$json         = str_replace( array( '<', '>', '&' ), array( '\u003c', '\u003e', '\u0026' ), $json );
			return '[' . $m[2] . $m[3] . ']' . wp_slash( $json ) . '[/' . $m[2] . ']';
		},
		$content
	);
}

/**
 * The film's schema.org JSON-LD text a Film card block holds, when it may go into the page: the
 * block editor computed it from the block's JSON with the plugin's schema module (the same
 * mapping as `filmcard render --json-ld`), so it is JSON with no `<`, `>` or `&` in it. Anything
 * else (an attribute written by hand, or mangled on the way) is not written at all.
 *
 * @param mixed $text The block's jsonLd attribute.
 * @return string|null
 */
function filmcard_json_ld_text( $text ) {
	if ( ! is_string( $text ) || '' === $text || false !== strpbrk( $text, '<>&' ) ) {
		return null;
	}
	$value = json_decode( $text, true );
	if ( ! is_array( $value ) || ! isset( $value['@context'], $value['@type'], $value['name'] ) || 'https://schema.org' !== $value['@context'] ) {
		return null;
	}
	return $text;
}

/**
 * The Film card blocks of the given blocks, inner blocks included, in the order of the post.
 *
 * @param array $blocks Parsed blocks.
 * @return array[]
 */
function filmcard_card_blocks( $blocks ) {
	$cards = array();
	foreach ( $blocks as $block ) {
		if ( 'filmcard/card' === $block['blockName'] ) {
			$cards[] = $block;
		}
		if ( ! empty( $block['innerBlocks'] ) ) {
			$cards = array_merge( $cards, filmcard_card_blocks( $block['innerBlocks'] ) );
		}
	}
	return $cards;
}

/**
 * In the head of a single post or page, the film's JSON-LD of each Film card block with inline
 * JSON, the block the search engines read for rich results; unless Settings → Filmcard turns it
 * off (for a site whose SEO plugin already writes a Movie). A shortcode or a `src=` card has
 * none: its JSON-LD can only be computed by the plugin's schema module, which runs in the block
 * editor, not on the server.
 */
function filmcard_head_json_ld() {
	if ( '0' === (string) get_option( FILMCARD_JSON_LD_OPTION, '1' ) || ! is_singular() ) {
		return;
	}
	$post = get_queried_object();
	if ( ! $post instanceof WP_Post || ! has_block( 'filmcard/card', $post ) ) {
		return;
	}
	foreach ( filmcard_card_blocks( parse_blocks( $post->post_content ) ) as $block ) {
		$attributes = $block['attrs'];
		if ( empty( $attributes['json'] ) || ! isset( $attributes['jsonLd'] ) ) {
			continue;
		}
		$text = filmcard_json_ld_text( $attributes['jsonLd'] );
		if ( null !== $text ) {
			// The text holds no markup (checked above): it is written as the command writes it.
			echo "<script type=\"application/ld+json\">\n" . $text . "\n</script>\n"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
		}
	}
}

/** The URL of the bundle's entry: the one set in Settings → Filmcard, else the shipped copy. */
function filmcard_bundle_url() {
	$url = trim( (string) get_option( FILMCARD_OPTION, '' ) );
	return '' !== $url ? $url : plugins_url( 'bundle/filmcard.js', __FILE__ );
}

/** Whether the bundle can load: a URL is set or the plugin holds its copy. */
function filmcard_has_bundle() {
	return '' !== trim( (string) get_option( FILMCARD_OPTION, '' ) ) || is_readable( __DIR__ . '/bundle/filmcard.js' );
}

/**
 * Enqueues the bundle once for the page, as a module: a script module on WordPress 6.5+, else (and
 * in the block editor, where 6.5 prints no script module) a footer script with type="module".
 */
function filmcard_enqueue() {
	if ( function_exists( 'wp_enqueue_script_module' ) && ! is_admin() ) {
		wp_enqueue_script_module( FILMCARD_HANDLE, filmcard_bundle_url(), array(), null );
		return;
	}
	if ( ! wp_script_is( FILMCARD_HANDLE, 'registered' ) ) {
		wp_register_script( FILMCARD_HANDLE, filmcard_bundle_url(), array(), null, true );
		add_filter( 'script_loader_tag', 'filmcard_module_tag', 10, 2 );
	}
	wp_enqueue_script( FILMCARD_HANDLE );
}

/**
 * Makes the bundle's script tag a module (dropping a type="text/javascript" a theme without
 * html5 support prints).
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 * @return string
 */
function filmcard_module_tag( $tag, $handle ) {
	if ( FILMCARD_HANDLE !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])text\/javascript\1/', '', $tag );
	return str_replace( '<script ', '<script type="module" ', $tag );
}
