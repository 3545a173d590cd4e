<?php
/**
 * Writes the plugin's server-side fallback (integrations/wordpress/filmcard/fallback.php) for
 * each film on standard input, a JSON list of { json, lang, heading }: prints the list of the
 * fallbacks' HTML, null where the plugin writes none. Needs no WordPress: the fallback is plain
 * PHP.
 *
 * @package Filmcard
 */

define( 'ABSPATH', __DIR__ . '/' );
require dirname( __DIR__, 2 ) . '/integrations/wordpress/filmcard/fallback.php';

$filmcard_cases = json_decode( (string) file_get_contents( 'php://stdin' ), true );
echo json_encode(
	array_map(
		function ( $film ) {
			return filmcard_fallback_html( $film['json'], $film['lang'], $film['heading'] );
		},
		$filmcard_cases
	),
	JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE
);
