
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'core.error-summary.title': `There is a problem`,
'core.error.network': `We get no answer from the service right now. Check your connection and try again.`,
'core.error.not-found': `We couldn't find what you were looking for.`,
'core.error.rate-limited': `You have sent many requests in a short time. Wait a moment and try again.`,
'core.error.request': `The service could not accept the details. Check them and try again.`,
'core.error.server': `Something went wrong with the service. Try again in a moment, and contact the municipality if the problem remains.`,
'core.field.consent-required': `You need to give your consent for us to keep your contact details.`,
'core.field.invalid-format': str`${0}: check that it is written correctly.`,
'core.field.invalid-value': str`${0}: this value can't be used.`,
'core.field.required': str`${0}: please fill this in.`,
'core.field.too-long': str`${0}: the text is too long.`,
'core.field.too-short': str`${0}: the text is too short.`,
'core.not-configured': `This service is not ready to use yet. Contact the municipality if you need help.`,
'core.retry': `Try again`,
    };
  