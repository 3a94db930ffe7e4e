/*
 * Årshjul: this file replaces Camunda's own config.js of this web application (Camunda 7.24, Apache License 2.0,
 * copyright Camunda Services GmbH). Danish is the only language offered, whatever the browser's language (there is
 * no language switch in the web applications, and the forms are Danish), dates are written dd.mm.åååå, and the
 * header names the product Årshjul. Everything else is as Camunda ships it.
 */

export default {
  app: {
    name: 'Forside',
    vendor: 'Årshjul'
  },
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD.MM.YYYY HH:mm',
    normal: 'DD.MM.YYYY HH:mm',
    long: 'dddd [d.] DD.MM.YYYY [kl.] HH:mm',
    short: 'DD.MM.YYYY'
  },
  locales: {
    availableLocales: ['da'],
    fallbackLocale: 'da'
  },
  // The årshjul's own pages, under "Links".
  links: [
    {
      label: 'Årshjulet',
      href: '/aarshjul/',
      description: 'Året som årshjul: faser, frister, budget og MED, og hvem der er bagud'
    },
    {
      label: 'Vision og styring',
      href: '/aarshjul/vision.html',
      description: 'Visionsmål, strategikort og de godkendte aftaler for hele kommunen'
    }
  ],

  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'welcome' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // "locales": {
  //    "availableLocales": ["en", "de"],
  //    "fallbackLocale": "en"
  //  },
  // links: [
  //   {
  //     label: 'Angular.js Docs',
  //     href: 'https://code.angularjs.org/1.2.16/docs',
  //     description: 'Almost interesting'
  //   },
  //   {
  //     label: 'XKCD',
  //     href: 'http://xkcd.org',
  //     description: 'Nerdy comic'
  //   },
  //   {
  //     label: 'Slashdot',
  //     href: 'https://slashdot.org',
  //     description: 'News for nerds, stuff that matter'
  //   }
  // ],
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false
};
