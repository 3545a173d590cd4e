<?php
/**
 * Runs the plugin's checks of a stored prerendered card (integrations/wordpress/filmcard/
 * snippet.php) on standard input's JSON { clean: [{ markup, urls }], keys: [{ json, options }] }:
 * prints { clean: [markup written out again, or null], keys: [key] }. Needs no WordPress.
 *
 * @package Filmcard
 */

define( 'ABSPATH', __DIR__ . '/' );
require dirname( __DIR__, 2 ) . '/integrations/wordpress/filmcard/snippet.php';

$filmcard_input = json_decode( (string) file_get_contents( 'php://stdin' ), true );
echo json_encode(
	array(
		'clean' => array_map(
			function ( $card ) {
				return filmcard_snippet_clean( $card['markup'], $card['urls'] );
			},
			$filmcard_input['clean']
		),
		'keys'  => array_map(
			function ( $card ) {
				return filmcard_snippet_key( $card['json'], $card['options'] );
			},
			$filmcard_input['keys']
		),
	),
	JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE
);
