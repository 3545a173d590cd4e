<?php
/**
 * Installs WordPress into the throwaway site whose directory is the first argument (its URL in
 * FILMCARD_WP_URL) and activates the plugin, as wp-admin's installer and Plugins screen would.
 *
 * @package Filmcard
 */

define( 'WP_INSTALLING', true );
require __DIR__ . '/boot.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$filmcard_install = wp_install( 'Filmcard test blog', 'admin', 'admin@example.com', false, '', 'admin-password' );
if ( empty( $filmcard_install['user_id'] ) ) {
	fwrite( STDERR, "install: wp_install failed\n" );
	exit( 1 );
}
$filmcard_activated = activate_plugin( 'filmcard/filmcard.php' );
if ( is_wp_error( $filmcard_activated ) ) {
	fwrite( STDERR, 'install: ' . $filmcard_activated->get_error_message() . "\n" );
	exit( 1 );
}
echo "installed\n";
