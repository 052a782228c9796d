/* libcrimepolicy: symbol visibility and attribute macros.
 *
 * CP_API marks every public function. The library is built with hidden
 * visibility, so only CP_API declarations are exported. Embedders may define
 * CP_API themselves before including crimepolicy.h. */
#ifndef CRIMEPOLICY_EXPORT_H
#define CRIMEPOLICY_EXPORT_H

#ifndef CP_API
#if defined(_WIN32) || defined(__CYGWIN__)
#if defined(CP_STATIC)
#define CP_API
#elif defined(CP_BUILDING)
#define CP_API __declspec(dllexport)
#else
#define CP_API __declspec(dllimport)
#endif
#elif defined(__GNUC__) || defined(__clang__)
#define CP_API __attribute__((visibility("default")))
#else
#define CP_API
#endif
#endif

#if defined(__GNUC__) || defined(__clang__)
#define CP_WARN_UNUSED __attribute__((warn_unused_result))
#define CP_DEPRECATED __attribute__((deprecated))
#else
#define CP_WARN_UNUSED
#define CP_DEPRECATED
#endif

#endif
