<?php
/**
 * Removes the plugin's options (on every site of a network), and nothing else: the posts keep
 * their shortcodes and blocks.
 *
 * @package Filmcard
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $filmcard_site ) {
		switch_to_blog( $filmcard_site );
		delete_option( 'filmcard_bundle_url' );
		delete_option( 'filmcard_json_ld' );
		restore_current_blog();
	}
} else {
	delete_option( 'filmcard_bundle_url' );
	delete_option( 'filmcard_json_ld' );
}
