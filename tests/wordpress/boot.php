<?php
/**
 * Loads the throwaway site's WordPress (its directory the script's first argument, its URL in
 * FILMCARD_WP_URL) from the command line, as a request to the site would. Required at the top
 * level: WordPress keeps its state in globals.
 *
 * @package Filmcard
 */

$filmcard_url              = parse_url( getenv( 'FILMCARD_WP_URL' ) );
$_SERVER['HTTP_HOST']      = $filmcard_url['host'] . ':' . $filmcard_url['port'];
$_SERVER['SERVER_NAME']    = $filmcard_url['host'];
$_SERVER['SERVER_PORT']    = $filmcard_url['port'];
$_SERVER['REQUEST_URI']    = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
require $argv[1] . '/www/wp-load.php';
