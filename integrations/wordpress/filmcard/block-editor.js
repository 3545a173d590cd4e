/* The "Film card" block in the editor: the film's JSON or address and the card's options, kept in
 * the block's attributes, and a preview drawn by the card itself (the bundle is loaded in the
 * editor). The page readers see is rendered by the plugin's PHP. Plain JS, no build step.
 * Whenever the JSON changes, the plugin's schema module (schema/, the same mapping as
 * `filmcard render --json-ld`) turns it into the film's JSON-LD, kept in the block's jsonLd for
 * the plugin to write in the post's head. Whenever the JSON or an option changes, the plugin's
 * prerender module (prerender/, the card's own renderer, as `filmcard render`) writes the card's
 * markup, kept in the block's prerendered (with the key of what it was made from and the
 * renderer's version) for the plugin to print in the page: readers see the card before any
 * script runs. */
(function (wp, allowed, schemaUrl, prerenderUrl) {
  'use strict';
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var blockEditor = wp.blockEditor;
  var components = wp.components;

  // attributes.json's names (max-reviews) as the block's attribute keys (maxReviews).
  function key(name) {
    return name.replace(/-([a-z])/g, function (_, letter) {
      return letter.toUpperCase();
    });
  }

  function optionControl(name, props) {
    var spec = allowed[name];
    var value = props.attributes[key(name)] || '';
    var onChange = function (next) {
      var change = {};
      change[key(name)] = next;
      props.setAttributes(change);
    };
    if (Array.isArray(spec) && typeof spec[0] === 'string') {
      var options = [{ label: __('(default)', 'filmcard'), value: '' }].concat(
        spec.map(function (word) {
          return { label: word, value: word };
        })
      );
      return el(components.SelectControl, { key: name, label: name, value: value, options: options, onChange: onChange });
    }
    var number = Array.isArray(spec);
    return el(components.TextControl, {
      key: name,
      label: name,
      value: value,
      type: number ? 'number' : 'text',
      min: number ? spec[0] : undefined,
      max: number ? spec[1] : undefined,
      help: number ? spec[0] + '–' + spec[1] : __('a language tag, e.g. fr', 'filmcard'),
      onChange: onChange,
    });
  }

  // The schema module, loaded once, when a block's JSON is first edited.
  var schema = null;
  function schemaModule() {
    if (!schema) {
      schema = import(schemaUrl).then(function (module) {
        return module.default().then(function () {
          return module;
        });
      });
    }
    return schema;
  }

  // The film's JSON-LD text for `json`, or '' when the card would refuse the data.
  function useJsonLd(props) {
    var json = props.attributes.json;
    wp.element.useEffect(
      function () {
        var current = true;
        var keep = function (text) {
          if (current && text !== props.attributes.jsonLd) props.setAttributes({ jsonLd: text });
        };
        if (!json || !json.trim()) {
          keep('');
        } else {
          schemaModule().then(
            function (module) {
              var text = '';
              try {
                text = module.jsonLdText(json);
              } catch (refused) {
                text = '';
              }
              keep(text);
            },
            function () {
              keep('');
            }
          );
        }
        return function () {
          current = false;
        };
      },
      [json]
    );
  }

  // The prerender module, loaded once, when a block's JSON or options first change.
  var prerender = null;
  function prerenderModule() {
    if (!prerender) {
      prerender = import(prerenderUrl).then(function (module) {
        return module.default().then(function () {
          return module;
        });
      });
    }
    return prerender;
  }

  // The card's options as the element's attributes: { 'collapse-at': '300', … }.
  function options(attributes) {
    var passed = {};
    Object.keys(allowed).forEach(function (name) {
      if (attributes[key(name)]) passed[name] = attributes[key(name)];
    });
    return passed;
  }

  // The card's markup for the block's JSON and options, with `<`, `>` and `&` written as JSON
  // escapes (kses filters every block attribute of an Author's post as HTML); '' when the card
  // would refuse the data or an option.
  function usePrerendered(props) {
    var attributes = props.attributes;
    var json = attributes.json;
    var passed = JSON.stringify(options(attributes));
    wp.element.useEffect(
      function () {
        var current = true;
        var keep = function (card) {
          if (!current) return;
          var change = {
            prerendered: card ? card.widget.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026') : '',
            prerenderedKey: card ? card.key : '',
            prerenderedBy: card ? card.renderer : '',
          };
          if (Object.keys(change).some(function (name) { return change[name] !== props.attributes[name]; })) {
            props.setAttributes(change);
          }
        };
        if (!json || !json.trim()) {
          keep(null);
        } else {
          prerenderModule().then(
            function (module) {
              var card = null;
              try {
                card = JSON.parse(module.prerendered(json, passed));
              } catch (refused) {
                card = null;
              }
              keep(card);
            },
            function () {
              keep(null);
            }
          );
        }
        return function () {
          current = false;
        };
      },
      [json, passed]
    );
  }

  function preview(attributes) {
    var hostAttributes = { key: JSON.stringify(attributes) };
    Object.keys(allowed).forEach(function (name) {
      if (attributes[key(name)]) hostAttributes[name] = attributes[key(name)];
    });
    if (attributes.src) hostAttributes.src = attributes.src;
    var children = attributes.json
      ? el('script', {
          type: 'application/json',
          dangerouslySetInnerHTML: { __html: attributes.json.replace(/</g, '\\u003c') },
        })
      : null;
    return el('film-card', hostAttributes, children);
  }

  function Edit(props) {
    var attributes = props.attributes;
    var showing = wp.element.useState(false);
    var blockProps = blockEditor.useBlockProps();
    useJsonLd(props);
    usePrerendered(props);
    var inspector = el(
      blockEditor.InspectorControls,
      null,
      el(
        components.PanelBody,
        { title: __('Card options', 'filmcard') },
        Object.keys(allowed).map(function (name) {
          return optionControl(name, props);
        })
      )
    );
    var form = el(
      'div',
      null,
      el(components.TextareaControl, {
        label: __("The film's JSON", 'filmcard'),
        value: attributes.json,
        rows: 8,
        onChange: function (json) {
          props.setAttributes({ json: json });
        },
      }),
      el(components.TextControl, {
        label: __("or the address of the film's JSON (src)", 'filmcard'),
        type: 'url',
        value: attributes.src,
        onChange: function (src) {
          props.setAttributes({ src: src });
        },
      })
    );
    return el(
      'div',
      blockProps,
      inspector,
      el(components.Button, { variant: 'secondary', onClick: function () { showing[1](!showing[0]); } },
        showing[0] ? __('Edit', 'filmcard') : __('Preview', 'filmcard')),
      showing[0] ? preview(attributes) : form
    );
  }

  wp.blocks.registerBlockType('filmcard/card', {
    edit: Edit,
    save: function () {
      return null;
    },
  });
})(window.wp, window.filmcardAttributes, window.filmcardSchemaModule, window.filmcardPrerenderModule);
