<?php
/**
 * Writes the test posts into the throwaway site (directory: first argument), as an Author would
 * save them (slashed, with kses filtering the content, which an Author cannot escape), plus posts
 * an importer saved without slashes. Prints, as JSON, each post's URL and what its cards must
 * show: every review (author and text) or an error box.
 *
 * @package Filmcard
 */

require __DIR__ . '/boot.php';

/**
 * Stops the run with a message.
 *
 * @param string $message What went wrong.
 */
function filmcard_fail( $message ) {
	fwrite( STDERR, "posts: $message\n" );
	exit( 1 );
}

$filmcard_root = dirname( __DIR__, 2 );
$red_shoes     = json_decode( file_get_contents( $filmcard_root . '/demo/the-red-shoes.json' ), true );
// A review with what each filter on the way would break: quotes and dashes (wptexturize), blank
// lines (wpautop), `<`, `&` and a closing script tag (kses, the HTML parser), shortcodes.
$red_shoes['reviews'][] = array(
	'author' => "O'Brien & Sons <b>",
	'text'   => "He said \"don't\" -- twice... 1 < 2 && 3 > 2; </script><script>document.title = 'broken'</script> [gallery] [embed]https://example.com/[/embed] \\ end.",
);
$pretty = json_encode( $red_shoes, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
// A blank line inside the JSON, as a blogger leaves one: wpautop splits paragraphs there.
$pretty = preg_replace( '/\n/', "\n\n", $pretty, 3 );

// An episode of a series, its synopsis and review in paragraphs.
$episode = array(
	'title'    => 'The Long Night',
	'kind'     => 'episode',
	'series'   => 'The Lighthouse Keepers',
	'season'   => 2,
	'episode'  => 3,
	'synopsis' => "The storm comes in.\n\nThe lamp goes out.",
	'reviews'  => array(
		array(
			'author' => 'Mara',
			'text'   => "Short opening.\n\nA second paragraph.",
		),
	),
);

$narcissus = json_decode( file_get_contents( $filmcard_root . '/demo/black-narcissus.json' ), true );
copy( $filmcard_root . '/demo/black-narcissus.json', WP_CONTENT_DIR . '/uploads/black-narcissus.json' );
$narcissus_src = content_url( 'uploads/black-narcissus.json' );

$author = wp_insert_user(
	array(
		'user_login' => 'author',
		'user_pass'  => 'author-password',
		'user_email' => 'author@example.com',
		'role'       => 'author',
	)
);
if ( is_wp_error( $author ) ) {
	filmcard_fail( $author->get_error_message() );
}
wp_set_current_user( $author );
if ( current_user_can( 'unfiltered_html' ) || false === has_filter( 'content_save_pre', 'wp_filter_post_kses' ) ) {
	filmcard_fail( 'kses is not filtering the Author\'s posts' );
}

$reviews = function ( $film ) {
	return array(
		'reviews' => array_map(
			function ( $review ) {
				// A spoiler's text shows once the reader asks for it.
				return array( $review['author'], empty( $review['spoiler'] ) ? $review['text'] : null );
			},
			$film['reviews']
		),
	);
};
$error   = array( 'error' => true );
$block   = function ( $attrs ) {
	return serialize_block(
		array(
			'blockName'    => 'filmcard/card',
			'attrs'        => $attrs,
			'innerBlocks'  => array(),
			'innerHTML'    => '',
			'innerContent' => array(),
		)
	);
};
$paragraph = function ( $text ) {
	return "<!-- wp:paragraph -->\n<p>$text</p>\n<!-- /wp:paragraph -->";
};

$posts = array(
	'classic'         => array(
		'content' => "Before the card, a paragraph.\n\n[filmcard collapse-at=\"100000\" sort=\"sideways\"]\n$pretty\n[/filmcard]\n\nAfter the card, a paragraph.",
		'cards'   => array( $reviews( $red_shoes ) ),
		'texts'   => array( 'Before the card, a paragraph.', 'After the card, a paragraph.' ),
	),
	'src'             => array(
		'content' => "[filmcard src=\"$narcissus_src\" collapse-at=\"100000\" max-reviews=\"100\" /]\n\nBetween the cards.\n\n[filmcard collapse-at=\"100000\"]\n$pretty\n[/filmcard]",
		'cards'   => array( $reviews( $narcissus ), $reviews( $red_shoes ) ),
		'texts'   => array( 'Between the cards.' ),
	),
	'shortcode-block' => array(
		'content' => $paragraph( 'Before the shortcode block.' ) . "\n\n<!-- wp:shortcode -->\n[filmcard collapse-at=\"100000\"]\n$pretty\n[/filmcard]\n<!-- /wp:shortcode -->\n\n" . $paragraph( 'After the shortcode block.' ),
		'cards'   => array( $reviews( $red_shoes ) ),
		'texts'   => array( 'Before the shortcode block.', 'After the shortcode block.' ),
	),
	'block'           => array(
		'content' => $paragraph( 'Before the block.' ) . "\n\n" . $block(
			array(
				'json'         => $pretty,
				'collapseAt'   => '100000',
				'headingLevel' => '3',
				'theme'        => 'dark',
			)
		) . "\n\n" . $block(
			array(
				'src'        => $narcissus_src,
				'collapseAt' => '100000',
				'maxReviews' => '100',
				'sort'       => 'sideways',
			)
		) . "\n\n" . $paragraph( 'After the block.' ),
		'cards'   => array(
			$reviews( $red_shoes ) + array(
				'attributes' => array(
					'collapse-at'   => '100000',
					'heading-level' => '3',
					'theme'         => 'dark',
				),
			),
			$reviews( $narcissus ) + array(
				'attributes' => array(
					'collapse-at' => '100000',
					'max-reviews' => '100',
				),
			),
		),
		'texts'   => array( 'Before the block.', 'After the block.' ),
	),
	// The classic editor's Visual tab: the JSON typed as text, which it saves as HTML.
	'visual'          => array(
		'content' => "<p>Typed in the Visual tab.</p>\n<p>[filmcard]<br />\n{ \"title\": \"Visual &amp; editor\", \"reviews\": [</p>\n<p>{ \"author\": \"a &lt;b&gt;\", \"text\": \"1 &lt; 2&nbsp;&nbsp;and 3 &gt; 2\" }<br />\n] }[/filmcard]</p>",
		'cards'   => array(
			array(
				'reviews' => array( array( 'a <b>', '1 < 2  and 3 > 2' ) ),
			),
		),
		'texts'   => array( 'Typed in the Visual tab.' ),
	),
	'broken'          => array(
		'content' => "A card whose JSON is cut short.\n\n[filmcard]\n{ \"title\": \"Broken\", \"reviews\": [\n\n{ \"author\": \"a\", \"text\": \"b\" }\n[/filmcard]",
		'cards'   => array( $error ),
		'texts'   => array( 'A card whose JSON is cut short.' ),
	),
	'series'          => array(
		'content' => "An episode, in French.\n\n[filmcard lang=\"fr\"]\n" . json_encode( $episode, JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE ) . "\n[/filmcard]",
		'cards'   => array(
			$reviews( $episode ) + array(
				'work'       => 'The Lighthouse Keepers, Saison 2, Épisode 3',
				'synopsis'   => array( 'The storm comes in.', 'The lamp goes out.' ),
				'attributes' => array( 'lang' => 'fr' ),
			),
		),
		'texts'   => array( 'An episode, in French.' ),
	),
	// A Film card block that is not self-closing, as a block whose save() writes markup is stored.
	'block-open'      => array(
		'content' => '<!-- wp:filmcard/card ' . serialize_block_attributes( array( 'json' => wp_json_encode( $episode ) ) ) . " -->\n<div class=\"wp-block-filmcard-card\"></div>\n<!-- /wp:filmcard/card -->",
		'cards'   => array( $reviews( $episode ) ),
		'texts'   => array(),
	),
	'plain'           => array(
		'content' => 'A post without a card.',
		'cards'   => array(),
		'texts'   => array( 'A post without a card.' ),
	),
);

// Film card blocks whose stored card was forged (sent as block attributes, as an Author can):
// with the right key and renderer, so only the allowlist stands between them and the page.
$forged_json  = wp_json_encode( $episode );
$forged_cards = array(
	"<div lang=\"en\" class=\"fc-root\"><script>document.title = 'broken'</script></div>",
	"<div lang=\"en\" class=\"fc-root\"><a class=\"fc-trailer\" href=\"javascript:document.title = 'broken'\">x</a></div>",
	'<div lang="en" class="fc-root"><link rel="stylesheet" href="https://evil.example/x.css"></div>',
	'<div lang="en" class="fc-root" onmouseover="document.title = 1"><svg onload="document.title = 2"></svg></div>',
);
$posts['forged-card'] = array(
	'content' => implode(
		"\n\n",
		array_map(
			function ( $card ) use ( $block, $forged_json ) {
				return $block(
					array(
						'json'           => $forged_json,
						'prerendered'    => str_replace( array( '<', '>', '&' ), array( '\u003c', '\u003e', '\u0026' ), $card ),
						'prerenderedKey' => filmcard_snippet_key( $forged_json, array() ),
						'prerenderedBy'  => filmcard_snippet_allowlist()['renderer'],
					)
				);
			},
			$forged_cards
		)
	),
	'cards'   => array_fill( 0, count( $forged_cards ), $reviews( $episode ) ),
	'texts'   => array(),
);

// Every post in the feed, each with its whole content.
update_option( 'posts_per_rss', 50 );

$out = array();
foreach ( $posts as $name => $post ) {
	$id = wp_insert_post(
		wp_slash(
			array(
				'post_title'   => "Filmcard: $name",
				'post_content' => $post['content'],
				'post_status'  => 'publish',
				'post_author'  => $author,
			)
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		filmcard_fail( $id->get_error_message() );
	}
	$out[ $name ] = array(
		'url'    => get_permalink( $id ),
		'stored' => get_post_field( 'post_content', $id, 'raw' ),
	) + $post;
}

// An importer that saves without slashes, as an administrator: the JSON loses its backslashes.
// Without any, the card renders; with `\"` in a string, the card says where the JSON breaks.
wp_set_current_user( 1 );
$plain_film = array(
	'title'   => 'Imported',
	'reviews' => array(
		array(
			'author' => 'importer',
			'text'   => 'No backslash here.',
		),
	),
);
$id         = wp_insert_post(
	array(
		'post_title'   => 'Filmcard: imported',
		'post_content' => '[filmcard]' . wp_json_encode( $plain_film ) . "[/filmcard]\n\nImported text.\n\n[filmcard]{ \"title\": \"Quoted \\\"word\\\"\", \"reviews\": [] }[/filmcard]",
		'post_status'  => 'publish',
	),
	true
);
if ( is_wp_error( $id ) ) {
	filmcard_fail( $id->get_error_message() );
}
$out['imported'] = array(
	'url'    => get_permalink( $id ),
	'stored' => get_post_field( 'post_content', $id, 'raw' ),
	'cards'  => array( $reviews( $plain_film ), $error ),
	'texts'  => array( 'Imported text.' ),
);

// Film card blocks whose JSON-LD was not computed by the block editor: written by hand with a
// closing script tag in it, and not JSON at all. Saved unfiltered (an administrator's import):
// the plugin's own check is all that stands between them and the page's head.
$id = wp_insert_post(
	wp_slash(
		array(
			'post_title'   => 'Filmcard: forged',
			'post_content' => $block(
				array(
					'json'   => wp_json_encode( $plain_film ),
					'jsonLd' => '{ "@context": "https://schema.org", "@type": "Movie", "name": "</script><script>document.title = \'broken\'</script>" }',
				)
			) . "\n\n" . $block(
				array(
					'json'   => wp_json_encode( $plain_film ),
					'jsonLd' => 'not JSON',
				)
			),
			'post_status'  => 'publish',
		)
	),
	true
);
if ( is_wp_error( $id ) ) {
	filmcard_fail( $id->get_error_message() );
}
$out['forged'] = array(
	'url'    => get_permalink( $id ),
	'stored' => get_post_field( 'post_content', $id, 'raw' ),
	'cards'  => array( $reviews( $plain_film ), $reviews( $plain_film ) ),
	'texts'  => array(),
);

// The films as the posts hold them, for the checks of what readers and feeds get.
$out['films'] = array(
	'redShoes' => $red_shoes,
	'episode'  => $episode,
);

echo wp_json_encode( $out, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
