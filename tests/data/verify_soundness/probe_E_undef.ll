;; pair: struct field frozen undef, target leaves the field undef
;; expect: wrong
;; source
define { i32, i32 } @f() {
  %u = freeze i32 undef
  %a = insertvalue { i32, i32 } poison, i32 %u, 0
  %b = insertvalue { i32, i32 } %a, i32 %u, 1
  ret { i32, i32 } %b
}
;; target
define { i32, i32 } @f() {
  %u = freeze i32 undef
  %a = insertvalue { i32, i32 } poison, i32 %u, 0
  %b = insertvalue { i32, i32 } %a, i32 undef, 1
  ret { i32, i32 } %b
}

;; pair: struct constant with an undef field, target fills the field with 5
;; expect: right
;; source
define { i32, i8 } @f() {
  ret { i32, i8 } { i32 1, i8 undef }
}
;; target
define { i32, i8 } @f() {
  ret { i32, i8 } { i32 1, i8 5 }
}

;; pair: struct constant with an undef field, target changes the defined field
;; expect: wrong
;; source
define { i32, i8 } @f() {
  ret { i32, i8 } { i32 1, i8 undef }
}
;; target
define { i32, i8 } @f() {
  ret { i32, i8 } { i32 2, i8 undef }
}

;; pair: vector lanes both the same frozen value, target makes one lane undef
;; expect: wrong
;; source
define <2 x i32> @f() {
  %u = freeze i32 undef
  %a = insertelement <2 x i32> poison, i32 %u, i32 0
  %b = insertelement <2 x i32> %a, i32 %u, i32 1
  ret <2 x i32> %b
}
;; target
define <2 x i32> @f() {
  %u = freeze i32 undef
  %a = insertelement <2 x i32> poison, i32 %u, i32 0
  %b = insertelement <2 x i32> %a, i32 undef, i32 1
  ret <2 x i32> %b
}

;; pair: undef vector splat, target returns two different lanes
;; expect: right
;; source
define <2 x i32> @f() {
  ret <2 x i32> undef
}
;; target
define <2 x i32> @f() {
  ret <2 x i32> <i32 3, i32 9>
}

;; pair: frozen undef through a select arm, target selects undef
;; expect: wrong
;; source
define i32 @f(i1 noundef %c) {
  %u = freeze i32 undef
  %s = select i1 %c, i32 %u, i32 1
  %t = xor i32 %s, %s
  ret i32 %t
}
;; target
define i32 @f(i1 noundef %c) {
  %s = select i1 %c, i32 undef, i32 1
  %t = xor i32 %s, %s
  ret i32 %t
}

;; pair: select of undef arm xor itself, target returns 0
;; expect: right
;; source
define i32 @f(i1 noundef %c) {
  %s = select i1 %c, i32 undef, i32 1
  %t = xor i32 %s, %s
  ret i32 %t
}
;; target
define i32 @f(i1 noundef %c) {
  ret i32 0
}

;; pair: phi of a frozen undef sub itself is 0, target uses undef in the phi
;; expect: wrong
;; source
define i32 @f(i1 noundef %c) {
entry:
  %u = freeze i32 undef
  br i1 %c, label %a, label %b
a:
  br label %m
b:
  br label %m
m:
  %p = phi i32 [ %u, %a ], [ 4, %b ]
  %r = sub i32 %p, %p
  ret i32 %r
}
;; target
define i32 @f(i1 noundef %c) {
entry:
  br i1 %c, label %a, label %b
a:
  br label %m
b:
  br label %m
m:
  %p = phi i32 [ undef, %a ], [ 4, %b ]
  %r = sub i32 %p, %p
  ret i32 %r
}

;; pair: phi of undef sub itself, target returns 0
;; expect: right
;; source
define i32 @f(i1 noundef %c) {
entry:
  br i1 %c, label %a, label %b
a:
  br label %m
b:
  br label %m
m:
  %p = phi i32 [ undef, %a ], [ 4, %b ]
  %r = sub i32 %p, %p
  ret i32 %r
}
;; target
define i32 @f(i1 noundef %c) {
entry:
  ret i32 0
}

;; pair: xor undef undef, target returns 0 (allowed)
;; expect: right
;; source
define i32 @f() {
  %x = xor i32 undef, undef
  ret i32 %x
}
;; target
define i32 @f() {
  ret i32 0
}

;; pair: source returns 0, target computes xor undef undef
;; expect: wrong
;; source
define i32 @f() {
  ret i32 0
}
;; target
define i32 @f() {
  %x = xor i32 undef, undef
  ret i32 %x
}

;; pair: frozen value stored to a local, two reloads xored is 0, target stores undef instead
;; expect: wrong
;; source
define i32 @f() {
  %p = alloca i32
  %u = freeze i32 undef
  store i32 %u, ptr %p
  %a = load i32, ptr %p
  %b = load i32, ptr %p
  %x = xor i32 %a, %b
  ret i32 %x
}
;; target
define i32 @f() {
  %p = alloca i32
  store i32 undef, ptr %p
  %a = load i32, ptr %p
  %b = load i32, ptr %p
  %x = xor i32 %a, %b
  ret i32 %x
}

;; pair: undef stored to caller memory via a struct store, target stores frozen 0 to that field
;; expect: right
;; source
define void @f(ptr %p) {
  store { i32, i32 } { i32 7, i32 undef }, ptr %p
  ret void
}
;; target
define void @f(ptr %p) {
  store i32 7, ptr %p
  %q = getelementptr i8, ptr %p, i64 4
  store i32 0, ptr %q
  ret void
}

;; pair: struct with undef field passed to a call, target passes a frozen field
;; expect: right
;; source
declare void @g({ i32, i32 })
define void @f() {
  call void @g({ i32, i32 } { i32 1, i32 undef })
  ret void
}
;; target
declare void @g({ i32, i32 })
define void @f() {
  %u = freeze i32 undef
  %a = insertvalue { i32, i32 } { i32 1, i32 0 }, i32 %u, 1
  call void @g({ i32, i32 } %a)
  ret void
}

;; pair: struct with frozen field passed to a call, target passes undef field
;; expect: wrong
;; source
declare void @g({ i32, i32 })
define void @f() {
  %u = freeze i32 undef
  %a = insertvalue { i32, i32 } { i32 1, i32 0 }, i32 %u, 1
  call void @g({ i32, i32 } %a)
  ret void
}
;; target
declare void @g({ i32, i32 })
define void @f() {
  call void @g({ i32, i32 } { i32 1, i32 undef })
  ret void
}

;; pair: vector with frozen lane passed to a call, target passes undef lane
;; expect: wrong
;; source
declare void @g(<2 x i8>)
define void @f() {
  %u = freeze <2 x i8> <i8 undef, i8 3>
  call void @g(<2 x i8> %u)
  ret void
}
;; target
declare void @g(<2 x i8>)
define void @f() {
  call void @g(<2 x i8> <i8 undef, i8 3>)
  ret void
}

;; pair: branch on a phi that is undef on one edge is UB there, target returns 9 on it
;; expect: right
;; source
define i32 @f(i1 noundef %c) {
entry:
  br i1 %c, label %a, label %m
a:
  br label %m
m:
  %p = phi i1 [ undef, %a ], [ true, %entry ]
  br i1 %p, label %t, label %e
t:
  ret i32 1
e:
  ret i32 2
}
;; target
define i32 @f(i1 noundef %c) {
entry:
  br i1 %c, label %a, label %t
a:
  ret i32 9
t:
  ret i32 1
}

;; pair: select on undef turned into a branch on undef (UB)
;; expect: wrong
;; source
define i32 @f() {
  %s = select i1 undef, i32 1, i32 2
  ret i32 %s
}
;; target
define i32 @f() {
  br i1 undef, label %a, label %b
a:
  ret i32 1
b:
  ret i32 2
}

;; pair: load at p + (undef & 0) is just p (address not undef-dependent)
;; expect: right
;; source
define i8 @f(ptr dereferenceable(4) %p) {
  %v = load i8, ptr %p
  ret i8 %v
}
;; target
define i8 @f(ptr dereferenceable(4) %p) {
  %o = and i64 undef, 0
  %q = getelementptr i8, ptr %p, i64 %o
  %v = load i8, ptr %q
  ret i8 %v
}

;; pair: target stores at an address depending on undef (UB), source stores at p
;; expect: wrong
;; source
define void @f(ptr dereferenceable(4) %p) {
  store i8 0, ptr %p
  ret void
}
;; target
define void @f(ptr dereferenceable(4) %p) {
  %o = and i64 undef, 1
  %q = getelementptr i8, ptr %p, i64 %o
  store i8 0, ptr %q
  %q2 = getelementptr i8, ptr %p, i64 0
  store i8 0, ptr %q2
  ret void
}

;; pair: icmp eq of a frozen value with itself is true, target compares undef with itself
;; expect: wrong
;; source
define i1 @f() {
  %u = freeze i32 undef
  %c = icmp eq i32 %u, %u
  ret i1 %c
}
;; target
define i1 @f() {
  %c = icmp eq i32 undef, undef
  ret i1 %c
}

;; pair: frozen struct with an undef field: field extracted twice is the same value
;; expect: wrong
;; source
define i32 @f() {
  %s = freeze { i32, i32 } { i32 undef, i32 1 }
  %a = extractvalue { i32, i32 } %s, 0
  %b = extractvalue { i32, i32 } %s, 0
  %x = sub i32 %a, %b
  ret i32 %x
}
;; target
define i32 @f() {
  %s = insertvalue { i32, i32 } { i32 0, i32 1 }, i32 undef, 0
  %a = extractvalue { i32, i32 } %s, 0
  %b = extractvalue { i32, i32 } %s, 0
  %x = sub i32 %a, %b
  ret i32 %x
}

;; pair: undef lane of a vector, or with 1, target returns even lane
;; expect: wrong
;; source
define <2 x i8> @f() {
  %v = or <2 x i8> <i8 undef, i8 2>, <i8 1, i8 1>
  ret <2 x i8> %v
}
;; target
define <2 x i8> @f() {
  ret <2 x i8> <i8 2, i8 3>
}

;; pair: undef lane of a vector, or with 1, target returns odd lane
;; expect: right
;; source
define <2 x i8> @f() {
  %v = or <2 x i8> <i8 undef, i8 2>, <i8 1, i8 1>
  ret <2 x i8> %v
}
;; target
define <2 x i8> @f() {
  ret <2 x i8> <i8 5, i8 3>
}

;; pair: undef in memory: an i16 load of a local with an undef byte stored, target returns the defined byte only
;; expect: right
;; source
define i16 @f() {
  %p = alloca i16
  store <2 x i8> <i8 undef, i8 1>, ptr %p
  %v = load i16, ptr %p
  ret i16 %v
}
;; target
define i16 @f() {
  ret i16 256
}

;; pair: undef in memory: an i16 load of a local with an undef low byte, target returns high byte 2
;; expect: wrong
;; source
define i16 @f() {
  %p = alloca i16
  store <2 x i8> <i8 undef, i8 1>, ptr %p
  %v = load i16, ptr %p
  ret i16 %v
}
;; target
define i16 @f() {
  ret i16 512
}
